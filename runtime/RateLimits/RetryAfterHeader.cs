using System.Globalization;

namespace OpenApiClientGen.Runtime.RateLimits;

/// <summary>Reads <c>Retry-After</c> (RFC 9110): a number of seconds or an HTTP date.</summary>
internal static class RetryAfterHeader
{
    private static readonly long MaxSeconds = (long)TimeSpan.MaxValue.TotalSeconds;

    public static TimeSpan? Parse(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        string? value = RateLimitInfo.First(headers, "Retry-After");
        if (value is null)
        {
            return null;
        }

        if (value.Length > 0 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // Seconds beyond what a TimeSpan holds still mean "not any time soon".
            return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds < MaxSeconds
                ? TimeSpan.FromSeconds(seconds)
                : TimeSpan.MaxValue;
        }

        if (!DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out DateTimeOffset at))
        {
            return null;
        }

        // Measured against the server's Date when it sent one, so a skewed local clock does not matter.
        DateTimeOffset now = DateTimeOffset.TryParseExact(RateLimitInfo.First(headers, "Date"), "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out DateTimeOffset date)
            ? date
            : DateTimeOffset.UtcNow;
        return at > now ? at - now : TimeSpan.Zero;
    }
}
