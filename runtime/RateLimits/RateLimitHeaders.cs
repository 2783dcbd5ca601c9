using System.Globalization;
using System.Net.Http.Headers;

namespace OpenApiClientGen.Runtime.RateLimits;

/// <summary>
/// Reads <c>X-RateLimit-*</c> straight from a response's headers, as <see cref="RateLimitInfo.FromHeaders"/> reads them
/// from a dictionary, without copying the headers first: every GitHub response carries them, so this runs per call.
/// </summary>
internal static class RateLimitHeaders
{
    /// <summary>
    /// The rate limit the headers report, or null without limit and remaining; <paramref name="previous"/> itself when
    /// nothing changed, so a steady limit allocates nothing.
    /// </summary>
    public static RateLimitInfo? Read(HttpResponseHeaders headers, RateLimitInfo? previous)
    {
        HttpHeadersNonValidated values = headers.NonValidated;
        if (Number(values, "X-RateLimit-Limit") is not { } limit || Number(values, "X-RateLimit-Remaining") is not { } remaining)
        {
            return null;
        }

        long used = Number(values, "X-RateLimit-Used") ?? Math.Max(0, limit - remaining);
        DateTimeOffset? reset = RateLimitInfo.ParseReset(First(values, "X-RateLimit-Reset"));
        string? resource = First(values, "X-RateLimit-Resource");
        if (previous is not null && previous.Limit == limit && previous.Remaining == remaining && previous.Used == used
            && previous.Reset == reset && string.Equals(previous.Resource, resource, StringComparison.Ordinal))
        {
            return previous;
        }

        return new RateLimitInfo(limit, remaining, used, reset) { Resource = resource };
    }

    private static string? First(HttpHeadersNonValidated headers, string name)
    {
        if (headers.TryGetValues(name, out HeaderStringValues values))
        {
            foreach (string value in values)
            {
                // Trim allocates only when there is whitespace to remove.
                return value.Trim();
            }
        }

        return null;
    }

    private static long? Number(HttpHeadersNonValidated headers, string name) =>
        long.TryParse(First(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out long number) ? number : null;
}
