using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.Runtime.Tests.Authentication;

/// <summary>
/// A Kestrel server on 127.0.0.1 for authentication tests: each test maps the endpoints it needs (token endpoints,
/// APIs that set cookies or reject tokens); every request is recorded. Unmapped paths answer 404.
/// </summary>
public sealed class AuthServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<RecordedRequest, Task<Reply>>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private WebApplication _app = null!;

    private AuthServer()
    {
    }

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Every request so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<AuthServer> StartAsync()
    {
        var server = new AuthServer();
        (server._app, server.BaseUri) = await LoopbackKestrel.StartAsync(server.HandleAsync);
        return server;
    }

    /// <summary>The absolute URI of <paramref name="path"/> (no leading '/').</summary>
    public Uri At(string path) => new(BaseUri, path);

    public void Map(string path, Func<RecordedRequest, Reply> handler) => _routes[path] = request => Task.FromResult(handler(request));

    public void Map(string path, Func<RecordedRequest, Task<Reply>> handler) => _routes[path] = handler;

    /// <summary>Requests to <paramref name="path"/>, oldest first.</summary>
    public RecordedRequest[] RequestsTo(string path) => Requests.Where(r => r.Path == path).ToArray();

    /// <summary>A core whose base address is this server.</summary>
    public ApiClientCore CreateCore(Action<ApiClientOptions>? configure = null)
    {
        var options = new ApiClientOptions();
        configure?.Invoke(options);
        return new ApiClientCore(options, BaseUri.AbsoluteUri);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        _requests.Enqueue(recorded);

        Reply reply = _routes.TryGetValue(recorded.Path, out Func<RecordedRequest, Task<Reply>>? route)
            ? await route(recorded)
            : new Reply(404, "not mapped", "text/plain");
        HttpResponse response = context.Response;
        response.StatusCode = reply.Status;
        foreach ((string name, string value) in reply.Headers ?? [])
        {
            response.Headers.Append(name, value);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(reply.Body);
        response.ContentType = reply.ContentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
