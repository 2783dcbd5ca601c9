using OpenApiClientGen.Runtime.Retries;

namespace OpenApiClientGen.Runtime.RateLimits;

/// <summary>Decides whether a call refused by an exhausted primary limit waits for the reset (<see cref="ApiClientOptions.RateLimitWait"/>).</summary>
internal static class RateLimitWaiter
{
    /// <summary>How long to wait before the one more attempt, or null to fail now.</summary>
    public static TimeSpan? WaitFor(ApiRateLimitException refusal, ApiRequest request, ApiClientOptions options)
    {
        TimeSpan maximum = options.RateLimitWait;
        if (maximum <= TimeSpan.Zero || refusal.IsSecondary || request.Body is { CanResend: false }
            || RateLimitInfo.First(refusal.Headers, "X-RateLimit-Remaining") != "0")
        {
            return null;
        }

        TimeSpan? wait = refusal.RetryAfter
            ?? (refusal.Reset is { } reset ? Max(reset - options.TimeProvider.GetUtcNow(), TimeSpan.Zero) : null);
        return wait <= maximum && wait <= RetryDelay.Longest ? wait : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
