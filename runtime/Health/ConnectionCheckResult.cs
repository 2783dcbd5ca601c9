namespace OpenApiClientGen.Runtime;

/// <summary>The outcome of <see cref="ApiClientCore.CheckConnectionAsync"/>.</summary>
public sealed record ConnectionCheckResult
{
    /// <summary>The server sent an HTTP response (of any status).</summary>
    public required bool Reachable { get; init; }

    /// <summary>
    /// Whether the server accepted the credentials: true for a success status, false for 401 or 403 (unless the 403
    /// is a rate-limit refusal), null when no credentials were sent or the response does not tell.
    /// </summary>
    public bool? CredentialsAccepted { get; init; }

    /// <summary>The response status, null when none arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Time from sending until the response (or the failure).</summary>
    public required TimeSpan Latency { get; init; }

    /// <summary>The rate limit the response reported in <c>X-RateLimit-*</c> headers, if any.</summary>
    public RateLimitInfo? RateLimit { get; init; }

    /// <summary>What went wrong (the exception message, URIs redacted); null when the check succeeded.</summary>
    public string? Error { get; init; }

    /// <summary>Reachable, with a success status.</summary>
    public bool Succeeded => Reachable && Error is null;
}
