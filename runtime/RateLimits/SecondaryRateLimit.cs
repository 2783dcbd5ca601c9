namespace OpenApiClientGen.Runtime.RateLimits;

/// <summary>
/// Tells secondary limits (too many requests at once, GitHub's "secondary rate limit") from an exhausted primary
/// quota: the two clear at different times, so callers and the runtime wait differently.
/// </summary>
internal static class SecondaryRateLimit
{
    public static bool Matches(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? body) =>
        (body is not null && body.Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase))
        || (RateLimitInfo.First(headers, "Retry-After") is not null && RateLimitInfo.First(headers, "X-RateLimit-Remaining") != "0");
}
