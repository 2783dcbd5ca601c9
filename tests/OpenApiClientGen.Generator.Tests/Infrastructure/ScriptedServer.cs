using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>A loopback server answering every request with one scripted JSON response; it records the requests.</summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private LoopbackServer _server = null!;

    public Uri BaseAddress => _server.BaseAddress;

    public ConcurrentQueue<(string Method, string Target, IReadOnlyDictionary<string, string> Headers)> Requests { get; } = new();

    public static async Task<ScriptedServer> StartAsync(int status, string json)
    {
        var scripted = new ScriptedServer();
        scripted._server = await LoopbackServer.StartAsync(async context =>
        {
            scripted.Requests.Enqueue((context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });
        return scripted;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
