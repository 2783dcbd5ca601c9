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

        // Most APIs send none of these: one lookup decides.
        if (First(values, "X-RateLimit-Limit") is not { } limit)
        {
            return null;
        }

        return RateLimitInfo.FromValues(
            limit,
            First(values, "X-RateLimit-Remaining"),
            First(values, "X-RateLimit-Used"),
            First(values, "X-RateLimit-Reset"),
            First(values, "X-RateLimit-Resource"),
            previous);
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
}
