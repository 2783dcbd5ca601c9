using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenApiClientGen.TestSupport;

/// <summary>Kestrel on 127.0.0.1 (never another interface), on a port the system picks, without logging.</summary>
public static class LoopbackKestrel
{
    /// <summary>
    /// Starts a server that hands every request to <paramref name="handler"/>. <paramref name="configureListen"/>
    /// may add connection middleware (to count or watch connections). The base URI ends with '/'.
    /// </summary>
    public static async Task<(WebApplication App, Uri BaseUri)> StartAsync(RequestDelegate handler, Action<ListenOptions>? configureListen = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => configureListen?.Invoke(listen)));
        WebApplication app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }
}
