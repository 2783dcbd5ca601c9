using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Builds the HttpRequestMessage for an <see cref="ApiRequest"/>. Headers are layered, later ones replacing earlier:
/// User-Agent, default headers, operation headers and Accept, session cookies and credentials, then per-call headers.
/// </summary>
internal static class RequestMessageFactory
{
    public static ValueTask<HttpRequestMessage> CreateAsync(ApiRequest request, Uri baseAddress, ApiClientOptions options, CancellationToken cancellationToken) =>
        CreateAsync(request, RequestTarget.Initial(request, baseAddress), baseAddress, options, cancellationToken);

    /// <summary>Builds the message for <paramref name="target"/>: the request itself, or where a redirect sent it.</summary>
    public static async ValueTask<HttpRequestMessage> CreateAsync(
        ApiRequest request, RequestTarget target, Uri baseAddress, ApiClientOptions options, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(target.Method, target.Uri);
        try
        {
            message.Content = target.SendBody ? request.Body?.CreateContent() ?? EmptyContentFor(message.Method) : null;

            HeaderWriter.Set(message, "User-Agent", options.UserAgent ?? ApiClientOptions.DefaultUserAgent);
            foreach (KeyValuePair<string, string> header in options.DefaultHeaders)
            {
                HeaderWriter.Set(message, header.Key, header.Value);
            }

            if (request.AcceptedMediaTypes.Count > 0)
            {
                HeaderWriter.Set(message, "Accept", string.Join(", ", request.AcceptedMediaTypes));
            }

            foreach (KeyValuePair<string, string> header in request.Headers)
            {
                HeaderWriter.Set(message, header.Key, header.Value);
            }

            // A next-page link may point anywhere: credentials go only where the base address is (same scheme, host, port).
            if (SameOrigin(message.RequestUri!, baseAddress))
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

    internal static bool SameOrigin(Uri uri, Uri baseAddress) =>
        string.Equals(uri.Scheme, baseAddress.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IdnHost, baseAddress.IdnHost, StringComparison.OrdinalIgnoreCase)
        && uri.Port == baseAddress.Port;

    // Servers and proxies may answer 411 Length Required to a body-carrying method without Content-Length.
    private static HttpContent? EmptyContentFor(HttpMethod method) =>
        method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch
            ? new ByteArrayContent(Array.Empty<byte>())
            : null;
}
