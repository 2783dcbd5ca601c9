using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenApiClientGen.Runtime.DependencyInjection;

/// <summary>
/// Completes the options of a client that dependency injection creates on an HttpClient from IHttpClientFactory.
/// Generated <c>Add…Client</c> registrations call it once per resolved client.
/// </summary>
public static class FactoryClientOptions
{
    /// <summary>
    /// Lends the client the factory's HttpClient (the factory keeps the handler's lifetime; the client never disposes
    /// it), leaves retrying to the handler chain when it retries, takes credentials from
    /// <paramref name="credentials"/> when it gives some, and a logger from the host when none is set.
    /// </summary>
    /// <param name="options">Fresh options of the client, already configured.</param>
    /// <param name="httpClient">The HttpClient the factory made for the registration's name.</param>
    /// <param name="chain">What the factory saw in that name's handler chain.</param>
    /// <param name="services">The provider resolving the client.</param>
    /// <param name="loggerCategory">The category of the client's log entries (its full type name).</param>
    /// <param name="credentials">Gives the credentials per resolved client, or null to keep the configured ones.</param>
    public static void Complete(
        ApiClientOptions options,
        HttpClient httpClient,
        HandlerChainRetries chain,
        IServiceProvider services,
        string loggerCategory,
        Func<IServiceProvider, ApiCredentials?>? credentials)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(services);
        options.HttpClient = httpClient;
        chain.Apply(options);
        if (credentials?.Invoke(services) is { } given)
        {
            options.Credentials = given;
        }

        options.Logger ??= services.GetService<ILoggerFactory>()?.CreateLogger(loggerCategory);
    }

    /// <summary>
    /// Turns off automatic redirects and the shared cookie jar of the factory's primary handler (<see cref="HttpClientHandler"/>
    /// or <see cref="SocketsHttpHandler"/>): the client follows redirects itself, re-applying credentials per hop, and
    /// keeps cookies per client (<see cref="ApiClientOptions.UseCookies"/>), so clients sharing the handler never see
    /// each other's session. Other handlers are left as they are.
    /// </summary>
    public static void ConfigurePrimaryHandler(HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        switch (handler)
        {
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                client.UseCookies = false;
                break;
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                sockets.UseCookies = false;
                break;
        }
    }
}
