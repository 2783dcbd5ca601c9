using Microsoft.Extensions.Logging;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Logging;

public sealed class RequestLoggingTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task A_successful_call_logs_one_information_line_with_method_uri_status_and_elapsed_time()
    {
        server.MapResponse("/ok", 200, "{}");
        using ILoggerFactory factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        using ApiClientCore core = server.CreateCore(options => options.Logger = factory.CreateLogger("GitHub"));
        var request = new ApiRequest("GET", "/ok");
        request.QueryParameter("page", 2);

        await core.SendAsync(request, CancellationToken.None);

        CapturedLog entry = Assert.Single(_logs.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal("RequestCompleted", entry.EventId.Name);
        Assert.Matches($@"^GET {server.BaseUri}ok\?page=2 responded 200 in \d+ ms$", entry.Message);
        Assert.Equal("GET", entry.State["Method"]);
        Assert.Equal($"{server.BaseUri}ok?page=2", entry.State["Uri"]);
        Assert.Equal("200", entry.State["StatusCode"]);
        Assert.True(long.Parse(entry.State["ElapsedMilliseconds"]!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.Null(entry.Exception);
    }

    [Theory]
    [InlineData(404, LogLevel.Warning, "RequestRejected")]
    [InlineData(422, LogLevel.Warning, "RequestRejected")]
    [InlineData(429, LogLevel.Warning, "RequestRejected")]
    [InlineData(500, LogLevel.Error, "ServerError")]
    [InlineData(503, LogLevel.Error, "ServerError")]
    public async Task Error_statuses_log_a_warning_for_4xx_and_an_error_for_5xx_with_the_exception(int status, LogLevel level, string eventName)
    {
        server.MapResponse("/fail", status, "problem");
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.Logger = _logs.CreateLogger("test");
            options.Retry.MaxAttempts = 0; // one attempt, so one line (retries log their own events)
        });

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => core.SendAsync(new ApiRequest("DELETE", "/fail"), CancellationToken.None));

        CapturedLog entry = Assert.Single(_logs.Entries);
        Assert.Equal(level, entry.Level);
        Assert.Equal(eventName, entry.EventId.Name);
        Assert.StartsWith($"DELETE {server.BaseUri}fail failed with {status} in ", entry.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{error.GetType().FullName}: {error.Message}", entry.Exception, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_logs_an_error()
    {
        using var core = new ApiClientCore(new ApiClientOptions { Logger = _logs.CreateLogger("test"), Retry = { MaxAttempts = 0 } }, ClosedPort.BaseAddress());

        await Assert.ThrowsAsync<ApiConnectionException>(() => core.SendAsync(new ApiRequest("GET", "/x"), CancellationToken.None));

        CapturedLog entry = Assert.Single(_logs.Entries);
        Assert.Equal((LogLevel.Error, "NoResponse"), (entry.Level, entry.EventId.Name));
        Assert.Contains(nameof(ApiConnectionException), entry.Exception, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_logs_an_error_and_caller_cancellation_logs_information()
    {
        server.Map("/slow", context => Task.Delay(10_000, context.RequestAborted));
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.Logger = _logs.CreateLogger("test");
            options.Timeout = TimeSpan.FromMilliseconds(200);
            options.Retry.MaxAttempts = 0;
        });

        await Assert.ThrowsAsync<ApiTimeoutException>(() => core.SendAsync(new ApiRequest("GET", "/slow"), CancellationToken.None));
        core.Options.Timeout = TimeSpan.FromSeconds(30);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => core.SendAsync(new ApiRequest("GET", "/slow"), cancellation.Token));

        Assert.Collection(
            _logs.Entries,
            timeout => Assert.Equal((LogLevel.Error, "TimedOut"), (timeout.Level, timeout.EventId.Name)),
            canceled =>
            {
                Assert.Equal((LogLevel.Information, "RequestCanceled"), (canceled.Level, canceled.EventId.Name));
                Assert.Null(canceled.Exception);
            });
    }

    [Fact]
    public async Task A_body_that_is_not_json_logs_an_error_with_the_status()
    {
        server.MapResponse("/not-json", 200, "<html></html>", "text/html");
        using ApiClientCore core = server.CreateCore(options => options.Logger = _logs.CreateLogger("test"));

        await Assert.ThrowsAsync<ApiSerializationException>(() => core.SendAsync(new ApiRequest("GET", "/not-json"), TestJsonContext.Default.EchoResponse, CancellationToken.None));

        CapturedLog entry = Assert.Single(_logs.Entries);
        Assert.Equal((LogLevel.Error, "InvalidBody", "200"), (entry.Level, entry.EventId.Name, entry.State["StatusCode"]));
    }

    [Fact]
    public async Task The_logger_is_read_per_call_and_none_means_no_logging()
    {
        server.MapResponse("/ok", 200, "{}");
        using ApiClientCore core = server.CreateCore();

        await core.SendAsync(new ApiRequest("GET", "/ok"), CancellationToken.None);
        core.Options.Logger = _logs.CreateLogger("test");
        await core.SendAsync(new ApiRequest("GET", "/ok"), CancellationToken.None);

        Assert.Single(_logs.Entries);
    }
}
