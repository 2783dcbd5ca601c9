using OpenApiClientGen.Runtime.Logging;
using OpenApiClientGen.Runtime.Telemetry;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Builds the request message of each hop and follows redirects itself (the owned handler does not), so the policies
/// after it (credentials above all) run per hop. Leaves the last hop's request and response on the message.
/// </summary>
internal sealed class RedirectPolicy(ApiClientOptions options, ApiOrigins origins) : ApiPipelinePolicy
{
    /// <exception cref="ApiException">
    /// More than <see cref="RedirectRule.MaxHops"/> redirects, or one from https to http without <see cref="ApiClientOptions.AllowInsecureHttp"/>.
    /// </exception>
    public override async ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline)
    {
        ApiRequest request = message.ApiRequest;
        CallRecord call = message.Call;
        RequestTarget target = RequestTarget.Initial(request, origins.AddressOf(request));
        for (int hop = 0; ; hop++)
        {
            HttpRequestMessage hopMessage = RequestMessageFactory.Create(request, target, options);
            HttpResponseMessage? response = null;
            try
            {
                if (message.PerCallRequest is { } perCall)
                {
                    // What per-call policies set before the first attempt goes on every attempt and hop.
                    CopyHeaders(perCall, hopMessage);
                }

                message.Request = hopMessage;
                message.Response = null;
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                response = message.Response!;

                RequestTarget? next = RedirectRule.Next(target, response);
                if (next is not { } nextTarget || (nextTarget.SendBody && request.Body is { CanResend: false }))
                {
                    // Not a redirect, or one that would need a consumed stream again: the caller sees this response.
                    return;
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

                message.ResendCount++;
                ClientTelemetry.Redirected(message, (int)response.StatusCode, nextTarget.Uri);
                target = nextTarget;
            }
            catch
            {
                response?.Dispose();
                hopMessage.Dispose();
                throw;
            }

            response.Dispose();
            hopMessage.Dispose();
        }
    }

    private static void CopyHeaders(HttpRequestMessage from, HttpRequestMessage to)
    {
        foreach (KeyValuePair<string, IEnumerable<string>> header in from.Headers)
        {
            to.Headers.Remove(header.Key);
            to.Headers.TryAddWithoutValidation(header.Key, header.Value);
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
