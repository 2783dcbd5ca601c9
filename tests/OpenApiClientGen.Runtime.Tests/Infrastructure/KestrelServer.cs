using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a random port. Endpoints:
/// <list type="bullet">
/// <item><c>/echo/...</c>: 200 with an <see cref="EchoResponse"/> describing the request (header X-Echo: yes).</item>
/// <item><c>/status/{code}?size=n</c>: that status with a text body (n 'x' characters if size is given).</item>
/// <item><c>/invalid-json</c>, <c>/truncated-json</c>: 200 with broken JSON.</item>
/// <item><c>/text</c>: UTF-8 text. <c>/bytes</c>: 256 bytes 0..255.</item>
/// <item><c>/delay?ms=n</c>: answers after n milliseconds.</item>
/// <item><c>/endless</c>: sends "first" and then keeps the response open until the client goes away.</item>
/// </list>
/// </summary>
public sealed class KestrelServer : IAsyncLifetime
{
    public const string TextBody = "héllo wörld";
    public const string InvalidJson = "{\"name\": nope}";
    public const string TruncatedJson = "{\"name\": \"octo\", \"count\": 3";

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _connectionsClosed = new();
    private WebApplication? _app;

    public Uri BaseUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (_app, BaseUri) = await LoopbackKestrel.StartAsync(HandleAsync, listen =>
            listen.Use(next => async connection =>
            {
                // Lets tests observe whether the client closed its connection (owned vs borrowed pools).
                TaskCompletionSource closed = ClosedSignal(connection.ConnectionId);
                try
                {
                    await next(connection);
                }
                finally
                {
                    closed.TrySetResult();
                }
            }));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A core whose base address is the server, configured by <paramref name="configure"/>.</summary>
    public ApiClientCore CreateCore(Action<ApiClientOptions>? configure = null)
    {
        // Retries wait on a clock that does not sleep, so tests of failures stay fast.
        var options = new ApiClientOptions { TimeProvider = new InstantTimeProvider() };
        configure?.Invoke(options);
        return new ApiClientCore(options, BaseUri.AbsoluteUri);
    }

    /// <summary>Completes when the server sees the connection with this id close.</summary>
    public Task ConnectionClosed(string connectionId) => ClosedSignal(connectionId).Task;

    private TaskCompletionSource ClosedSignal(string connectionId) =>
        _connectionsClosed.GetOrAdd(connectionId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private static async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        HttpResponse response = context.Response;
        string path = request.Path.Value ?? "";
        string rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;

        // Matched on the raw target: Kestrel's decoded path has dot segments removed.
        if (rawTarget.StartsWith("/echo", StringComparison.Ordinal))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var echo = new EchoResponse
            {
                Method = request.Method,
                RawTarget = rawTarget,
                Headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString()),
                Body = await reader.ReadToEndAsync(context.RequestAborted),
                ConnectionId = context.Connection.Id,
            };
            response.Headers["X-Echo"] = "yes";
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, echo, TestJsonContext.Default.EchoResponse, context.RequestAborted);
        }
        else if (path.StartsWith("/status/", StringComparison.Ordinal))
        {
            response.StatusCode = int.Parse(path["/status/".Length..], System.Globalization.CultureInfo.InvariantCulture);
            response.Headers["X-Error-Id"] = "e-17";
            string body = request.Query["size"] is { Count: > 0 } size
                ? new string('x', int.Parse(size.ToString(), System.Globalization.CultureInfo.InvariantCulture))
                : $"problem {response.StatusCode}";
            await WriteAsync(response, body, "text/plain; charset=utf-8");
        }
        else if (path == "/invalid-json")
        {
            await WriteAsync(response, InvalidJson, "application/json");
        }
        else if (path == "/truncated-json")
        {
            await WriteAsync(response, TruncatedJson, "application/json");
        }
        else if (path == "/text")
        {
            await WriteAsync(response, TextBody, "text/plain; charset=utf-8");
        }
        else if (path == "/bytes")
        {
            byte[] bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
            response.ContentType = "application/octet-stream";
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
        else if (path == "/delay")
        {
            await Task.Delay(int.Parse(request.Query["ms"].ToString(), System.Globalization.CultureInfo.InvariantCulture), context.RequestAborted);
            await WriteAsync(response, "{}", "application/json");
        }
        else if (path == "/endless")
        {
            response.ContentType = "application/octet-stream";
            await response.Body.WriteAsync("first"u8.ToArray(), context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client went away, as expected.
            }
        }
        else
        {
            response.StatusCode = 400;
        }
    }

    private static async Task WriteAsync(HttpResponse response, string body, string contentType)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
