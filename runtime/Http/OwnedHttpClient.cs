using System.Net;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>The connection pool a client creates when the caller does not lend it an HttpClient.</summary>
internal static class OwnedHttpClient
{
    public static HttpClient Create()
    {
        var handler = new SocketsHttpHandler
        {
            // Recycle connections so long-lived clients notice DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,

            // Cookies are kept per client by the runtime (ApiClientOptions.UseCookies), never by the shared handler.
            UseCookies = false,

            // The runtime follows redirects itself, so credentials are re-applied (or withheld) per hop.
            AllowAutoRedirect = false,
        };

        // The core enforces ApiClientOptions.Timeout itself so it can tell timeouts from cancellation.
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
