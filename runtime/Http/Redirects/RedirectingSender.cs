using OpenApiClientGen.Runtime.Authentication;
using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Sends a request and follows redirects itself (the owned handler does not), so credentials are applied per hop
/// and only where the base address and the description's servers are.
/// </summary>
internal static class RedirectingSender
{
    /// <summary>Sends until a response is not a followable redirect; the caller disposes both returned messages.</summary>
    /// <exception cref="ApiException">
    /// More than <see cref="RedirectRule.MaxHops"/> redirects, or one from https to http without <see cref="ApiClientOptions.AllowInsecureHttp"/>.
    /// </exception>
    public static async Task<(HttpRequestMessage Message, HttpResponseMessage Response)> SendAsync(
        HttpClient client, ApiRequest request, ApiOrigins origins, ApiClientOptions options, CallRecord call, CancellationToken cancellationToken)
    {
        RequestTarget target = RequestTarget.Initial(request, origins.AddressOf(request));
        for (int hop = 0; ; hop++)
        {
            HttpRequestMessage message = await RequestMessageFactory.CreateAsync(request, target, origins, options, cancellationToken).ConfigureAwait(false);
            HttpResponseMessage? response = null;
            try
            {
                if (!origins.Trusts(target.Uri))
                {
                    // Per-call or operation headers may carry credentials too; they stay with the API's origin.
                    message.Headers.Remove("Authorization");
                    message.Headers.Remove("Proxy-Authorization");
                }

                call.Uri = UriRedactor.Redact(message.RequestUri, request.QueryPairs);
                response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                CookieSession.Store(options, message, response);

                RequestTarget? next = RedirectRule.Next(target, response);
                if (next is not { } nextTarget || (nextTarget.SendBody && request.Body is { CanResend: false }))
                {
                    // Not a redirect, or one that would need a consumed stream again: the caller sees this response.
                    return (message, response);
                }

                if (hop + 1 > RedirectRule.MaxHops)
                {
                    throw Refused(call, response, $"was redirected more than {RedirectRule.MaxHops} times.");
                }

                if (RedirectRule.IsDowngrade(target, nextTarget) && !options.AllowInsecureHttp)
                {
                    // Whatever the host, loopback included: the caller chose https, and nothing may silently undo it.
                    throw Refused(
                        call,
                        response,
                        $"was redirected from https to plain http ({nextTarget.Uri.GetLeftPart(UriPartial.Authority)}), which is not followed; "
                        + "set ApiClientOptions.AllowInsecureHttp to allow it.");
                }

                target = nextTarget;
            }
            catch
            {
                response?.Dispose();
                message.Dispose();
                throw;
            }

            response.Dispose();
            message.Dispose();
        }
    }

    /// <summary>A redirect not followed: the caller gets its status and headers.</summary>
    private static ApiException Refused(CallRecord call, HttpResponseMessage response, string reason) =>
        new(
            $"{call.Method} {call.DisplayUri} {reason}",
            call.Method,
            call.Uri,
            (int)response.StatusCode,
            response.ReasonPhrase,
            HeaderRedactor.Redact(response, call.Uri),
            null,
            null);
}
