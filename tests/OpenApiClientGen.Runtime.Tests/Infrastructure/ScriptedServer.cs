using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

/// <summary>
/// A Kestrel server on 127.0.0.1 whose endpoints each test scripts with <see cref="Map"/> (unknown paths: 404), and
/// which counts the TCP connections it accepts.
/// </summary>
public sealed class ScriptedServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, RequestDelegate> _handlers = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _connectionsAccepted;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>TCP connections accepted since the server started.</summary>
    public int ConnectionsAccepted => Volatile.Read(ref _connectionsAccepted);

    public async Task InitializeAsync()
    {
        (_app, BaseUri) = await LoopbackKestrel.StartAsync(
            context => _handlers.TryGetValue(context.Request.Path.Value ?? "", out RequestDelegate? handler)
                ? handler(context)
                : Respond(context, 404, "no script for this path"),
            listen => listen.Use(next => connection =>
            {
                Interlocked.Increment(ref _connectionsAccepted);
                return next(connection);
            }));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Serves <paramref name="path"/> (e.g. "/slow") with <paramref name="handler"/>, replacing an earlier script.</summary>
    public void Map(string path, RequestDelegate handler) => _handlers[path] = handler;

    /// <summary>Serves <paramref name="path"/> with a fixed status, body and headers.</summary>
    public void MapResponse(string path, int status, string body, string contentType = "application/json; charset=utf-8", params (string Name, string Value)[] headers) =>
        Map(path, context =>
        {
            foreach ((string name, string value) in headers)
            {
                context.Response.Headers.Append(name, value);
            }

            return Respond(context, status, body, contentType);
        });

    /// <summary>A core whose base address is the server, configured by <paramref name="configure"/>.</summary>
    public ApiClientCore CreateCore(Action<ApiClientOptions>? configure = null)
    {
        // Retries wait on a clock that does not sleep, so tests of failures stay fast.
        var options = new ApiClientOptions { TimeProvider = new InstantTimeProvider() };
        configure?.Invoke(options);
        return new ApiClientCore(options, BaseUri.AbsoluteUri);
    }

    public static async Task Respond(HttpContext context, int status, string body, string contentType = "text/plain; charset=utf-8")
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
