using OpenApiClientGen.Runtime.RateLimits;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// The server refused the call because a rate limit was hit: 429 Too Many Requests, or 403 with
/// <c>X-RateLimit-Remaining: 0</c>, a <c>Retry-After</c> header or a "secondary rate limit" message (GitHub's
/// primary and secondary limits).
/// </summary>
public class ApiRateLimitException : ApiException
{
    /// <summary>Creates the exception, reading <c>Retry-After</c> and <c>X-RateLimit-*</c> from the headers.</summary>
    public ApiRateLimitException(
        string requestMethod,
        Uri? requestUri,
        int statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body)
        : base(requestMethod, requestUri, statusCode, reasonPhrase, headers, body)
    {
        RetryAfter = RetryAfterHeader.Parse(Headers);
        RateLimit = RateLimitInfo.FromHeaders(Headers);
        Reset = RateLimit?.Reset ?? RateLimitInfo.ParseReset(RateLimitInfo.First(Headers, "X-RateLimit-Reset"));
        IsSecondary = SecondaryRateLimit.Matches(Headers, body);
    }

    /// <summary>
    /// Whether a secondary (abuse) limit refused the call rather than the exhausted primary quota: the body says
    /// "secondary rate limit", or the server asks to wait (<c>Retry-After</c>) while quota remains. Such limits
    /// clear after <see cref="RetryAfter"/>, not at <see cref="Reset"/>.
    /// </summary>
    public bool IsSecondary { get; }

    /// <summary>How long the server asks to wait (<c>Retry-After</c>), if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>When the rate-limit window resets (<c>X-RateLimit-Reset</c>), if the server said.</summary>
    public DateTimeOffset? Reset { get; }

    /// <summary>The limit reported in the <c>X-RateLimit-*</c> headers, if present.</summary>
    public RateLimitInfo? RateLimit { get; }

    /// <summary>Whether a response is a rate-limit refusal rather than a plain error.</summary>
    internal static bool Matches(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? body) =>
        statusCode == 429
        || (statusCode == 403
            && (RateLimitInfo.First(headers, "X-RateLimit-Remaining") == "0" || SecondaryRateLimit.Matches(headers, body)));
}
