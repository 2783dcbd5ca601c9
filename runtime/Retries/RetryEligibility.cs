namespace OpenApiClientGen.Runtime.Retries;

/// <summary>Which calls may be sent again, and which failures are worth it.</summary>
internal static class RetryEligibility
{
    /// <summary>
    /// Idempotent methods (RFC 9110 §9.2.2) only, unless opted in: a POST whose response was lost may have been
    /// carried out. A body read from a stream that cannot be rewound cannot be sent twice.
    /// </summary>
    public static bool CanRetry(ApiRequest request, RetryOptions options) =>
        request.Body is not { CanResend: false }
        && (options.RetryNonIdempotent || IsIdempotent(request.Method));

    /// <summary>Transient failures: no response, timeouts, rate-limit refusals and gateway or availability errors.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        ApiConnectionException or ApiTimeoutException or ApiRateLimitException => true,
        ApiException { StatusCode: 502 or 503 or 504 } => true,
        _ => false,
    };

    private static bool IsIdempotent(string method) =>
        method.ToUpperInvariant() is "GET" or "HEAD" or "OPTIONS" or "PUT" or "DELETE" or "TRACE";
}
