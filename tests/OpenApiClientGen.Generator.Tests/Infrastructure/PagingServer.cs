using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>
/// A loopback server serving a list in pages chained by Link headers the way GitHub does: the next link of the
/// first page names another path (<c>/repositories/1000/…</c>) with a query that must be kept exactly, and the
/// last link goes to "localhost" — the same server under another origin, where credentials must not follow.
/// </summary>
internal sealed class PagingServer : IAsyncDisposable
{
    private LoopbackServer _server = null!;

    public Uri BaseAddress => _server.BaseAddress;

    public ConcurrentQueue<(string Target, string? Authorization)> Requests { get; } = new();

    public static async Task<PagingServer> StartAsync()
    {
        var paging = new PagingServer();
        paging._server = await LoopbackServer.StartAsync(paging.HandleAsync);
        return paging;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
    private async Task HandleAsync(HttpContext context)
    {
        string target = context.Request.Path + context.Request.QueryString;
        Requests.Enqueue((target, context.Request.Headers.Authorization.FirstOrDefault()));
        int port = context.Connection.LocalPort;
        context.Response.ContentType = "application/json";
        bool search = context.Request.Path.Value!.Contains("search", StringComparison.Ordinal);
        string Pets(int first, int count) => string.Join(",", Enumerable.Range(first, count).Select(i => $$"""{"id":{{i}},"name":"pet{{i}}"}"""));
        string Body(string pets) => search ? $$"""{"total_count":5,"incomplete_results":false,"items":[{{pets}}]}""" : "[" + pets + "]";
        string kind = search ? "search/pets" : "pets";
        switch (context.Request.Query["page"].FirstOrDefault())
        {
            case null:
                context.Response.Headers["Link"] = $"<http://127.0.0.1:{port}/v1/repositories/1000/{kind}?page=2&per_page=2&x=%2Fy>; rel=\"next\", <http://127.0.0.1:{port}/v1/{kind}?page=3>; rel=\"last\"";
                await context.Response.WriteAsync(Body(Pets(1, 2)));
                break;
            case "2":
                context.Response.Headers["Link"] = $"<http://localhost:{port}/v1/{kind}?page=3>; rel=\"next\"";
                await context.Response.WriteAsync(Body(Pets(3, 2)));
                break;
            default:
                await context.Response.WriteAsync(Body(Pets(5, 1)));
                break;
        }
    }
}
