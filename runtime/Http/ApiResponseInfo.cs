namespace OpenApiClientGen.Runtime;

/// <summary>Status and headers of a response, for callers that need more than the body.</summary>
public class ApiResponseInfo
{
    /// <summary>Creates the description of a response.</summary>
    public ApiResponseInfo(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, Uri? requestUri)
    {
        ArgumentNullException.ThrowIfNull(headers);
        StatusCode = statusCode;
        Headers = headers;
        RequestUri = requestUri;
        RateLimit = RateLimitInfo.FromHeaders(headers);
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>Response and content headers; names are case-insensitive.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The URI the response came from (after redirects).</summary>
    public Uri? RequestUri { get; }

    /// <summary>The rate limit the response reported in its <c>X-RateLimit-*</c> headers, if any.</summary>
    public RateLimitInfo? RateLimit { get; }
}
