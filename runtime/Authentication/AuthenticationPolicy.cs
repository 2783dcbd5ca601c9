using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>
/// Applies session cookies and credentials to each attempt and redirect hop, only where the base address and the
/// description's servers are (a next-page link or a hypermedia URL may point anywhere), then the caller's per-call
/// headers, which override credentials. Elsewhere any Authorization header is withheld.
/// </summary>
internal sealed class AuthenticationPolicy(ApiClientOptions options, ApiOrigins origins) : ApiPipelinePolicy
{
    public override async ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline)
    {
        HttpRequestMessage request = message.Request;
        bool trusted = origins.Trusts(request.RequestUri!);
        if (trusted)
        {
            await CredentialApplier.ApplyAsync(request, options, message.CancellationToken).ConfigureAwait(false);
        }

        if (message.ApiRequest.Options is { } perCall)
        {
            foreach (KeyValuePair<string, string> header in perCall.Headers)
            {
                HeaderWriter.Set(request, header.Key, header.Value);
            }
        }

        if (!trusted)
        {
            // Per-call or operation headers may carry credentials too; they stay with the API's origin.
            request.Headers.Remove("Authorization");
            request.Headers.Remove("Proxy-Authorization");
        }

        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }
}
