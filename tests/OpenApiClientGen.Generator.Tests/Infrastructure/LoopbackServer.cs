using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>Kestrel on 127.0.0.1 with a random port, answering every request with the given handler.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's address with the <c>/v1/</c> base path the small spec uses.</summary>
    public Uri BaseAddress { get; }

    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler)
    {
        var (app, baseUri) = await LoopbackKestrel.StartAsync(handler);
        return new LoopbackServer(app, new Uri(baseUri, "v1/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
