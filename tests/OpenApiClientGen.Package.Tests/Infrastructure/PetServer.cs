using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.Package.Tests.Infrastructure;

/// <summary>
/// A Kestrel server on 127.0.0.1 (random port) that the consumer program calls: <c>GET /v1/pets/{id}</c> answers a pet,
/// <c>GET /v1/status</c> a service status; anything else is 404. Every request is recorded as "METHOD /path".
/// </summary>
public sealed class PetServer : IAsyncDisposable
{
    public const string PetName = "Rex";
    public const string StatusMessage = "all good";

    private readonly WebApplication _app;

    private PetServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The address to give the clients: the server's root plus <c>v1/</c>, like the spec's server URL.</summary>
    public Uri BaseAddress { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<PetServer> StartAsync()
    {
        PetServer? server = null;
        var (app, baseUri) = await LoopbackKestrel.StartAsync(context => server!.HandleAsync(context));
        server = new PetServer(app, new Uri(baseUri, "v1/"));
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string path = request.Path.Value ?? "";
        Requests.Enqueue(request.Method + " " + path);
        if (request.Method == "GET" && path.StartsWith("/v1/pets/", StringComparison.Ordinal) && long.TryParse(path["/v1/pets/".Length..], out long id))
        {
            await WriteJsonAsync(context.Response, $$$"""{"id":{{{id}}},"name":"{{{PetName}}}","kind":"dog","weight":12.5,"labels":{"color":"brown"}}""");
        }
        else if (request.Method == "GET" && path == "/v1/status")
        {
            await WriteJsonAsync(context.Response, $$"""{"message":"{{StatusMessage}}","uptime_seconds":42}""");
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    }

    private static async Task WriteJsonAsync(HttpResponse response, string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
