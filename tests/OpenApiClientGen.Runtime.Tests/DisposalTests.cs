using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class DisposalTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Fact]
    public async Task Every_send_method_throws_after_dispose_and_dispose_is_idempotent()
    {
        ApiClientCore core = server.CreateCore();
        core.Dispose();
        core.Dispose();
        await core.DisposeAsync();
        var request = new ApiRequest("GET", "/echo");

        await Assert.ThrowsAsync<ObjectDisposedException>(() => core.SendAsync(request, CancellationToken.None));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => core.SendAsync(request, TestJsonContext.Default.EchoResponse, CancellationToken.None));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => core.SendForTextAsync(request, CancellationToken.None));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => core.SendForStreamAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Disposing_a_core_closes_the_connections_it_owns()
    {
        ApiClientCore core = server.CreateCore();
        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/echo"));
        Task closed = server.ConnectionClosed(echo.ConnectionId);
        Assert.False(closed.IsCompleted, "The pooled connection should stay open while the core is alive.");

        core.Dispose();

        await closed.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_borrowed_HttpClient_and_its_connections_survive_dispose()
    {
        using var borrowed = new HttpClient();
        ApiClientCore core = server.CreateCore(options => options.HttpClient = borrowed);
        EchoResponse before = await core.EchoAsync(new ApiRequest("GET", "/echo"));

        await core.DisposeAsync();
        string after = await borrowed.GetStringAsync(new Uri(server.BaseUri, "echo"));

        Assert.Contains($"\"connectionId\": \"{before.ConnectionId}\"", after, StringComparison.Ordinal);
        Assert.False(server.ConnectionClosed(before.ConnectionId).IsCompleted);
    }

    [Fact]
    public async Task A_generated_client_exposes_its_core_and_forwards_dispose()
    {
        var options = new SampleClientOptions { Credentials = ApiCredentials.Token("t") };
        var client = new SampleClient(options, server.BaseUri.AbsoluteUri);
        EchoResponse echo = await client.Core.EchoAsync(new ApiRequest("GET", "/echo"));

        client.Dispose();

        Assert.Same(options, client.Options);
        Assert.Equal("Bearer t", echo.Header("Authorization"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Core.SendAsync(new ApiRequest("GET", "/echo"), CancellationToken.None));
    }

    private sealed class SampleClientOptions : ApiClientOptions
    {
    }

    private sealed class SampleClient(SampleClientOptions options, string defaultBaseAddress) : ApiClient(options, defaultBaseAddress)
    {
    }
}
