using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime.RateLimits;

/// <summary>Keeps the rate limit of the latest response that reported one; safe for concurrent calls.</summary>
internal sealed class RateLimitTracker
{
    private RateLimitInfo? _last;

    public RateLimitInfo? Last => Volatile.Read(ref _last);

    public void Observe(HttpResponseMessage response)
    {
        // Most APIs send no such headers: skip collecting them all for nothing.
        if (response.Headers.Contains("X-RateLimit-Limit")
            && RateLimitInfo.FromHeaders(ResponseHeaders.Collect(response)) is { } limit)
        {
            Volatile.Write(ref _last, limit);
        }
    }
}
