namespace OpenApiClientGen.Runtime.RateLimits;

/// <summary>Keeps the rate limit of the latest response that reported one; safe for concurrent calls.</summary>
internal sealed class RateLimitTracker
{
    private RateLimitInfo? _last;

    public RateLimitInfo? Last => Volatile.Read(ref _last);

    public void Observe(HttpResponseMessage response)
    {
        // Read from the headers in place; an unchanged limit keeps the same object.
        RateLimitInfo? last = Volatile.Read(ref _last);
        if (RateLimitHeaders.Read(response.Headers, last) is { } limit && !ReferenceEquals(limit, last))
        {
            Volatile.Write(ref _last, limit);
        }
    }
}
