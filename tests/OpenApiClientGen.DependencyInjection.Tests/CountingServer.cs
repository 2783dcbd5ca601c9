using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.DependencyInjection.Tests;

/// <summary>
/// Kestrel on 127.0.0.1 answering every request with one pet, after failing the first ones with 503 (pet 2 redirects
/// to pet 1); it counts attempts.
/// </summary>
internal sealed class CountingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private CountingServer(WebApplication app, Uri baseAddress, int failures)
    {
        _app = app;
        BaseAddress = baseAddress;
        _failuresLeft = failures;
    }

    /// <summary>The server with the <c>/v1/</c> base path of the spec.</summary>
    public Uri BaseAddress { get; }

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    public int Attempts => Requests.Count;

    /// <summary>Starts a server failing the first <paramref name="failures"/> requests (<see cref="int.MaxValue"/>: all of them).</summary>
    public static async Task<CountingServer> StartAsync(int failures = 0)
    {
        CountingServer? server = null;
        var (app, baseUri) = await LoopbackKestrel.StartAsync(context => server!.HandleAsync(context));
        server = new CountingServer(app, new Uri(baseUri, "v1/"), failures);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        Requests.Enqueue(new SeenRequest(context.Request.Path, headers.Authorization.ToString(), headers.UserAgent.ToString(), headers["X-Stamp"].ToString()));
        if (context.Request.Path == "/v1/pets/2")
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = "/v1/pets/1";
            return;
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"id":1,"name":"Rex"}""");
    }
}

internal sealed record SeenRequest(string Path, string Authorization, string UserAgent, string Stamp);

/// <summary>How many requests the user's handler saw; one per service provider.</summary>
internal sealed class StampCount
{
    private int _seen;

    public int Seen => Volatile.Read(ref _seen);

    public void Add() => Interlocked.Increment(ref _seen);
}

/// <summary>A user's handler in the factory's chain: stamps each request it sees and counts them.</summary>
internal sealed class StampingHandler(StampCount count) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        count.Add();
        request.Headers.Add("X-Stamp", "stamped");
        return base.SendAsync(request, cancellationToken);
    }
}
