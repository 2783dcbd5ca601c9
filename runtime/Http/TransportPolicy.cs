using OpenApiClientGen.Runtime.Authentication;
using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// The last policy: sends the request through the HttpClient (whose own handler creates the HTTP span and sends
/// <c>traceparent</c>), and keeps the cookies the response sets.
/// </summary>
internal sealed class TransportPolicy(ApiClientOptions options, HttpClient client) : ApiPipelinePolicy
{
    public override async ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline)
    {
        HttpRequestMessage request = message.Request;

        // What logs, exceptions and spans show: the URI as sent, with credential query values masked.
        message.Call.Uri = UriRedactor.Redact(request.RequestUri, message.ApiRequest.QueryPairs);
        HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, message.CancellationToken).ConfigureAwait(false);
        message.Response = response;
        CookieSession.Store(options, request, response);
    }
}
