namespace OpenApiClientGen.Runtime;

/// <summary>
/// When and how often a failed call is sent again: 429 and rate-limit refusals, 502, 503, 504, connection failures
/// and timeouts. Read on every call, so it can be changed on a live client.
/// </summary>
public sealed class RetryOptions
{
    private int _maxAttempts = 3;
    private TimeSpan _baseDelay = TimeSpan.FromSeconds(1);
    private TimeSpan _maxDelay = TimeSpan.FromSeconds(30);
    private TimeSpan _maxTotalDelay = TimeSpan.FromMinutes(2);

    /// <summary>Retries after the first attempt (default 3); 0 disables retrying.</summary>
    public int MaxAttempts
    {
        get => _maxAttempts;
        set => _maxAttempts = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The number of retries must not be negative.");
    }

    /// <summary>The first backoff delay (default 1 s); each further retry doubles it, with jitter.</summary>
    public TimeSpan BaseDelay
    {
        get => _baseDelay;
        set => _baseDelay = NotNegative(value);
    }

    /// <summary>
    /// The longest single wait (default 30 s). A server asking for a longer wait (Retry-After, rate-limit reset) is
    /// not retried: the call fails at once instead of waiting less than asked.
    /// </summary>
    public TimeSpan MaxDelay
    {
        get => _maxDelay;
        set => _maxDelay = NotNegative(value);
    }

    /// <summary>The most a call waits between its attempts altogether (default 2 min); a retry that would exceed it is not made.</summary>
    public TimeSpan MaxTotalDelay
    {
        get => _maxTotalDelay;
        set => _maxTotalDelay = NotNegative(value);
    }

    /// <summary>
    /// Also retries POST and PATCH (off by default: the server may have acted on the first attempt). GET, HEAD,
    /// OPTIONS, PUT and DELETE are always retried.
    /// </summary>
    public bool RetryNonIdempotent { get; set; }

    /// <summary>Randomizes backoff delays (default on) so many clients failing together do not retry in lockstep.</summary>
    public bool UseJitter { get; set; } = true;

    private static TimeSpan NotNegative(TimeSpan value) =>
        value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The delay must not be negative.");
}
