using OpenApiClientGen.Runtime.Authentication;
using OpenApiClientGen.Runtime.Http;
using OpenApiClientGen.Runtime.RateLimits;
using OpenApiClientGen.Runtime.Retries;
using OpenApiClientGen.Runtime.Telemetry;

namespace OpenApiClientGen.Runtime.Pipeline;

/// <summary>
/// The send path of a client: an ordered list of policies, built once when the client is created. This is the one
/// place the order is decided.
/// </summary>
internal sealed class ApiPipeline
{
    private readonly ApiPipelinePolicy[] _policies;

    public ApiPipeline(ApiClientCore core, ApiClientOptions options, ApiOrigins origins, HttpClient httpClient, RateLimitTracker rateLimits, string clientName)
    {
        IReadOnlyList<ApiPipelinePolicy> perCall = options.PoliciesAt(PipelinePosition.PerCall);
        IReadOnlyList<ApiPipelinePolicy> perRetry = options.PoliciesAt(PipelinePosition.PerRetry);
        var policies = new List<ApiPipelinePolicy>(6 + perCall.Count + perRetry.Count)
        {
            // 1. Once per call: the span (current for everything below), the log line, the duration metric.
            new TelemetryPolicy(options, clientName),
        };

        if (perCall.Count > 0)
        {
            // 2. The caller's per-call policies, once per call and outside the retries. They get a request built for
            //    the first attempt (no body, no credentials), whose headers every attempt carries.
            policies.Add(new PerCallRequestPolicy(options, origins));
            policies.AddRange(perCall);
        }

        // 3. The one retry loop: transient failures with backoff or Retry-After, a resend after the credentials
        //    renewed a rejected token, one wait for an exhausted rate limit. Per attempt: the timeout, the status
        //    mapped to a typed exception, the body read.
        policies.Add(new RetryPolicy(options, rateLimits, core));

        // 4. Redirects, followed here so that everything below runs per hop (credentials only to trusted origins).
        policies.Add(new RedirectPolicy(options, origins));

        // 5. Session cookies and credentials (https only, trusted origins only), then per-call headers.
        policies.Add(new AuthenticationPolicy(options, origins));

        // 6. The caller's per-retry policies: every attempt and hop, seeing the request as it will be sent.
        policies.AddRange(perRetry);

        // 7. HttpClient: its handler makes the HTTP span and propagates traceparent.
        policies.Add(new TransportPolicy(options, httpClient));
        _policies = policies.ToArray();
    }

    // The policies' async methods keep the default builder, not PoolingAsyncValueTaskMethodBuilder: with many calls in
    // flight, pooled state machines age into older generations while holding each call's fresh objects, so every
    // collection promotes those and the GC settles on few, costly collections (a fifth more CPU per call at 64 calls).
    public ValueTask SendAsync(ApiPipelineMessage message) => _policies[0].ProcessAsync(message, _policies.AsMemory(1));

    /// <summary>Builds the request per-call policies see and change, and disposes it when the call ends.</summary>
    private sealed class PerCallRequestPolicy(ApiClientOptions options, ApiOrigins origins) : ApiPipelinePolicy
    {
        public override async ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline)
        {
            ApiRequest request = message.ApiRequest;
            RequestTarget first = RequestTarget.Initial(request, origins.AddressOf(request)) with { SendBody = false };
            using HttpRequestMessage perCall = RequestMessageFactory.Create(request, first, options);
            message.PerCallRequest = perCall;
            message.Request = perCall;
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
    }
}
