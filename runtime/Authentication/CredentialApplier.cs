namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>Adds session cookies and credentials to a request, after checking they would travel encrypted.</summary>
internal static class CredentialApplier
{
    public static async ValueTask ApplyAsync(HttpRequestMessage message, ApiClientOptions options, CancellationToken cancellationToken)
    {
        Uri uri = message.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(message));

        // Read once: another thread may replace the credentials meanwhile.
        ApiCredentials? credentials = options.Credentials;
        string? sessionCookies = CookieSession.HeaderFor(options, uri);
        if (credentials is null && sessionCookies is null)
        {
            return;
        }

        // Checked per request (not only for the base address) so that no credentials kind, including a token a
        // provider would first have to fetch, ever leaves over plain http.
        InsecureTransport.ThrowIfInsecure(uri, options.AllowInsecureHttp, "credentials", "ApiClientOptions.AllowInsecureHttp");
        if (sessionCookies is not null)
        {
            CookieHeader.Merge(message, sessionCookies);
        }

        if (credentials is not null)
        {
            await credentials.ApplyAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }
}
