namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>The HttpClient token requests use when the options lend none: one per process, as HttpClient is meant to be used.</summary>
internal static class TokenHttp
{
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient(
        new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),

            // Token endpoints neither need cookies nor redirects; following one could send the secret elsewhere.
            UseCookies = false,
            AllowAutoRedirect = false,
        },
        disposeHandler: true)
    {
        Timeout = TimeSpan.FromSeconds(100),
    });

    public static HttpClient Shared => SharedClient.Value;
}
