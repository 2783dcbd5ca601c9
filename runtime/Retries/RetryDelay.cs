using OpenApiClientGen.Runtime.RateLimits;

namespace OpenApiClientGen.Runtime.Retries;

/// <summary>How long to wait before the next attempt: what the server asked for, else exponential backoff.</summary>
internal static class RetryDelay
{
    /// <summary>
    /// The longest wait a timer supports (Task.Delay throws beyond ~49.7 days). A server asking for longer (a reset
    /// years away, <c>Retry-After: 99999999999</c>) is never waited for, whatever the options allow.
    /// </summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>Retry-After, else the reset of an exhausted rate limit; null when the server gave no hint.</summary>
    public static TimeSpan? Requested(Exception failure, DateTimeOffset now)
    {
        if (failure is not ApiException { StatusCode: not null } response)
        {
            return null;
        }

        if (RetryAfterHeader.Parse(response.Headers) is { } retryAfter)
        {
            return retryAfter;
        }

        return RateLimitInfo.First(response.Headers, "X-RateLimit-Remaining") == "0"
            && RateLimitInfo.ParseReset(RateLimitInfo.First(response.Headers, "X-RateLimit-Reset")) is { } reset
            ? (reset > now ? reset - now : TimeSpan.Zero)
            : null;
    }

    /// <summary>
    /// BaseDelay × 2^retry, capped at MaxDelay. Jitter keeps half and randomizes the other half, so delays still grow
    /// but clients that failed together spread out.
    /// </summary>
    public static TimeSpan Backoff(int retry, RetryOptions options)
    {
        double milliseconds = Math.Min(
            options.BaseDelay.TotalMilliseconds * Math.Pow(2, retry),
            Math.Min(options.MaxDelay.TotalMilliseconds, Longest.TotalMilliseconds));
        if (options.UseJitter)
        {
            milliseconds = (milliseconds / 2) + (Random.Shared.NextDouble() * milliseconds / 2);
        }

        return TimeSpan.FromMilliseconds(milliseconds);
    }
}
