using System.Globalization;

namespace OpenApiClientGen.Runtime;

/// <summary>The rate limit a response reported in its <c>X-RateLimit-*</c> headers.</summary>
/// <param name="Limit">Requests allowed per window (<c>X-RateLimit-Limit</c>).</param>
/// <param name="Remaining">Requests left in the window (<c>X-RateLimit-Remaining</c>).</param>
/// <param name="Used">Requests used (<c>X-RateLimit-Used</c>, else limit minus remaining).</param>
/// <param name="Reset">When the window resets (<c>X-RateLimit-Reset</c>), if the server said.</param>
public sealed record RateLimitInfo(long Limit, long Remaining, long Used, DateTimeOffset? Reset)
{
    // Epoch seconds stay below this until the year 5138; anything larger must be milliseconds.
    private const double MaxEpochSeconds = 100_000_000_000;

    /// <summary>
    /// Reads the headers (names case-insensitive); null unless both limit and remaining are present. The reset is
    /// read as Unix epoch seconds, or milliseconds when the value is too large to be seconds.
    /// </summary>
    public static RateLimitInfo? FromHeaders(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return FromValues(
            First(headers, "X-RateLimit-Limit"),
            First(headers, "X-RateLimit-Remaining"),
            First(headers, "X-RateLimit-Used"),
            First(headers, "X-RateLimit-Reset"),
            First(headers, "X-RateLimit-Resource"),
            previous: null);
    }

    /// <summary>
    /// The limit the header values report, or null without limit and remaining; <paramref name="previous"/> itself when it
    /// already says the same, so a steady limit allocates nothing.
    /// </summary>
    internal static RateLimitInfo? FromValues(string? limitText, string? remainingText, string? usedText, string? resetText, string? resource, RateLimitInfo? previous)
    {
        if (Number(limitText) is not { } limit || Number(remainingText) is not { } remaining)
        {
            return null;
        }

        long used = Number(usedText) ?? Math.Max(0, limit - remaining);
        DateTimeOffset? reset = ParseReset(resetText);
        if (previous is not null && previous.Limit == limit && previous.Remaining == remaining && previous.Used == used
            && previous.Reset == reset && string.Equals(previous.Resource, resource, StringComparison.Ordinal))
        {
            return previous;
        }

        return new RateLimitInfo(limit, remaining, used, reset) { Resource = resource };
    }

    /// <summary>The limit's bucket when the server names it (<c>X-RateLimit-Resource</c>, e.g. GitHub's "core" or "search").</summary>
    public string? Resource { get; init; }

    /// <summary>Reads an epoch reset value in seconds or, when too large for seconds, milliseconds.</summary>
    internal static DateTimeOffset? ParseReset(string? value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double epoch) || epoch < 0)
        {
            return null;
        }

        double milliseconds = epoch < MaxEpochSeconds ? epoch * 1000 : epoch;
        return milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds)
            : null;
    }

    internal static string? First(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string name) =>
        headers.TryGetValue(name, out IReadOnlyList<string>? values) && values.Count > 0 ? values[0].Trim() : null;

    private static long? Number(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long number) ? number : null;
}
