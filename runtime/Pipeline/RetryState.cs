namespace OpenApiClientGen.Runtime.Pipeline;

/// <summary>What the one retry loop of a call has done so far; a field of the message, so no allocation.</summary>
internal struct RetryState
{
    /// <summary>Backoff retries made (transient failures); capped by <see cref="RetryOptions.MaxAttempts"/>.</summary>
    public int Retries;

    /// <summary>The sum of backoff delays waited, capped by <see cref="RetryOptions.MaxTotalDelay"/>.</summary>
    public TimeSpan TotalDelay;

    /// <summary>The credentials renewed a rejected token during the last attempt: resend at once.</summary>
    public bool RenewalGranted;

    /// <summary>A renewal was made since the last backoff retry (at most one per attempt, as before).</summary>
    public bool RenewedThisRound;

    /// <summary>The call waited for an exhausted rate limit; it gets one more attempt, no further backoff retries.</summary>
    public bool WaitedForRateLimit;

    /// <summary>The decision ShouldHandle made, carried to the delay and the notification.</summary>
    public ResendReason Next;

    public TimeSpan NextDelay;
}

internal enum ResendReason
{
    Transient,
    RenewedCredentials,
    RateLimitWait,
}
