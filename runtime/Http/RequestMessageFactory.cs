using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Builds the HttpRequestMessage for an <see cref="ApiRequest"/>. Headers are layered, later ones replacing earlier:
/// User-Agent, the operation's Accept, default headers, operation header and cookie parameters, session cookies and credentials, then per-call headers.
/// </summary>
internal static class RequestMessageFactory
{
    /// <summary>Builds the message for <paramref name="target"/>: the request itself, or where a redirect sent it.</summary>
    public static async ValueTask<HttpRequestMessage> CreateAsync(
        ApiRequest request, RequestTarget target, ApiOrigins origins, ApiClientOptions options, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(target.Method, target.Uri);
        try
        {
            message.Content = target.SendBody ? request.Body?.CreateContent() ?? EmptyContentFor(message.Method) : null;

            HeaderWriter.Set(message, "User-Agent", options.UserAgent ?? ApiClientOptions.DefaultUserAgent);

            // The media type the description declares is only the fallback: a default Accept chosen for the client
            // (e.g. a versioned vendor type) applies to every call unless one call says otherwise.
            if (request.AcceptedMediaTypes.Count > 0)
            {
                HeaderWriter.Set(message, "Accept", string.Join(", ", request.AcceptedMediaTypes));
            }

            foreach (KeyValuePair<string, string> header in options.DefaultHeaders)
            {
                HeaderWriter.Set(message, header.Key, header.Value);
            }

            foreach (KeyValuePair<string, string> header in request.Headers)
            {
                HeaderWriter.Set(message, header.Key, header.Value);
            }

            // Cookie parameters share the one Cookie header with session cookies and API-key cookies, applied next.
            if (request.CookiePairs.Count > 0)
            {
                CookieHeader.Merge(message, string.Join("; ", request.CookiePairs));
            }

            // A next-page link or a hypermedia URL may point anywhere: credentials go only to the base address and
            // the description's servers (same scheme, host, port).
            if (origins.Trusts(message.RequestUri!))
            {
                await CredentialApplier.ApplyAsync(message, options, cancellationToken).ConfigureAwait(false);
            }

            if (request.Options is { } perCall)
            {
                foreach (KeyValuePair<string, string> header in perCall.Headers)
                {
                    HeaderWriter.Set(message, header.Key, header.Value);
                }
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    // Servers and proxies may answer 411 Length Required to a body-carrying method without Content-Length.
    private static HttpContent? EmptyContentFor(HttpMethod method) =>
        method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch
            ? new ByteArrayContent(Array.Empty<byte>())
            : null;
}
