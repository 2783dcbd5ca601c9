using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Builds the HttpRequestMessage for an <see cref="ApiRequest"/>. Headers are layered, later ones replacing earlier:
/// User-Agent, the operation's Accept, default headers, operation header and cookie parameters. Session cookies,
/// credentials and per-call headers come next, from <see cref="AuthenticationPolicy"/>.
/// </summary>
internal static class RequestMessageFactory
{
    /// <summary>Builds the message for <paramref name="target"/>: the request itself, or where a redirect sent it.</summary>
    public static HttpRequestMessage Create(ApiRequest request, RequestTarget target, ApiClientOptions options)
    {
        var message = new HttpRequestMessage(target.Method, target.Uri);
        try
        {
            message.Content = target.SendBody ? request.Body?.CreateContent() ?? EmptyContentFor(message.Method) : null;

            HeaderWriter.Set(message, "User-Agent", options.UserAgent ?? ApiClientOptions.DefaultUserAgent);

            // The media type the description declares is only the fallback: a default Accept chosen for the client
            // (e.g. a versioned vendor type) applies to every call unless one call says otherwise.
            IReadOnlyList<string> accepted = request.AcceptedMediaTypes;
            if (accepted.Count > 0)
            {
                HeaderWriter.Set(message, "Accept", accepted.Count == 1 ? accepted[0] : string.Join(", ", accepted));
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
