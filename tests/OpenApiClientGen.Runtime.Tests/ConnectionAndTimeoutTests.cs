using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class ConnectionAndTimeoutTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Fact]
    public async Task A_refused_connection_becomes_a_connection_exception_without_status()
    {
        string closed = ClosedPort.BaseAddress();
        using var core = new ApiClientCore(new ApiClientOptions(), closed);

        ApiConnectionException error = await Assert.ThrowsAsync<ApiConnectionException>(
            () => core.SendAsync(new ApiRequest("GET", "/anything"), CancellationToken.None));

        Assert.Null(error.StatusCode);
        Assert.Empty(error.Headers);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(new Uri(new Uri(closed), "anything"), error.RequestUri);
    }

    [Fact]
    public async Task Exceeding_the_client_timeout_becomes_a_timeout_exception()
    {
        using ApiClientCore core = server.CreateCore(options => options.Timeout = TimeSpan.FromMilliseconds(300));
        var request = new ApiRequest("GET", "/delay");
        request.QueryParameter("ms", 10_000);

        ApiTimeoutException error = await Assert.ThrowsAsync<ApiTimeoutException>(() => core.SendAsync(request, CancellationToken.None));

        Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task The_timeout_of_a_borrowed_HttpClient_also_becomes_a_timeout_exception()
    {
        using var borrowed = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        using ApiClientCore core = server.CreateCore(options => options.HttpClient = borrowed);
        var request = new ApiRequest("GET", "/delay");
        request.QueryParameter("ms", 10_000);

        await Assert.ThrowsAsync<ApiTimeoutException>(() => core.SendAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Caller_cancellation_stays_an_operation_canceled_exception()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/delay");
        request.QueryParameter("ms", 10_000);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Exception error = await Record.ExceptionAsync(() => core.SendAsync(request, cancellation.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Fact]
    public void Non_positive_timeouts_are_rejected_but_infinite_is_allowed()
    {
        var options = new ApiClientOptions();

        Assert.Throws<ArgumentOutOfRangeException>(() => options.Timeout = TimeSpan.Zero);
        options.Timeout = Timeout.InfiniteTimeSpan;
        Assert.Equal(Timeout.InfiniteTimeSpan, options.Timeout);
    }
}
