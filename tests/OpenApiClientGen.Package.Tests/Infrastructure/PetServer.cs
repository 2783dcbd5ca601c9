using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        PetServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new PetServer(app, new Uri(address.TrimEnd('/') + "/v1/"));
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
