namespace OpenApiClientGen.Runtime;

/// <summary>
/// Base of token providers that fetch tokens from somewhere: keeps the current token and fetches a new one
/// <see cref="RefreshSkew"/> before it expires. Thread-safe: concurrent callers that need a new token share one fetch.
/// </summary>
public abstract class CachingTokenProvider : IAccessTokenProvider
{
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private volatile CachedToken? _cached;
    private long _skewTicks = DefaultRefreshSkew.Ticks;

    /// <summary>Creates the provider; <paramref name="timeProvider"/> is the clock expiry is judged by (the system clock when null).</summary>
    protected CachingTokenProvider(TimeProvider? timeProvider = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How long before its expiry a token is replaced unless set otherwise: 60 seconds.</summary>
    public static TimeSpan DefaultRefreshSkew { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The clock expiry is judged by.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// How long before its expiry a token is replaced, so that it does not expire on its way to the server. For tokens
    /// that live less than twice as long, half their lifetime is used instead.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan RefreshSkew
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _skewTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Interlocked.Exchange(ref _skewTicks, value.Ticks);
        }
    }

    /// <summary>
    /// Whether a new token can be obtained without the user, so that a token the API rejects (401) is renewed and the
    /// call repeated once.
    /// </summary>
    public virtual bool CanRefresh => true;

    /// <inheritdoc />
    public ValueTask<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        CachedToken? seen = _cached;
        if (!forceRefresh && seen is not null && IsFresh(seen))
        {
            return new ValueTask<AccessToken>(seen.Token);
        }

        // A token another caller fetched while this one waited is taken, unless it is still the one being replaced.
        return FetchSharedAsync(latest => IsFresh(latest) && (!forceRefresh || !ReferenceEquals(latest, seen)), cancellationToken);
    }

    /// <summary>Forgets the current token; the next request fetches a new one.</summary>
    public void Invalidate() => _cached = null;

    /// <summary>Fetches a new token; called by one caller at a time.</summary>
    protected abstract Task<AccessToken> FetchTokenAsync(CancellationToken cancellationToken);

    /// <summary>A token other than <paramref name="rejectedValue"/>: the current one if another call already renewed it, else a new one.</summary>
    internal ValueTask<AccessToken> RenewRejectedAsync(string rejectedValue, CancellationToken cancellationToken) =>
        FetchSharedAsync(latest => IsFresh(latest) && !string.Equals(latest.Token.Value, rejectedValue, StringComparison.Ordinal), cancellationToken);

    private async ValueTask<AccessToken> FetchSharedAsync(Func<CachedToken, bool> reuse, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } latest && reuse(latest))
            {
                return latest.Token;
            }

            DateTimeOffset requested = TimeProvider.GetUtcNow();
            AccessToken token = await FetchTokenAsync(cancellationToken).ConfigureAwait(false);
            _cached = new CachedToken(token, requested);
            return token;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private bool IsFresh(CachedToken cached)
    {
        if (cached.Token.ExpiresAt is not { } expires)
        {
            return true;
        }

        TimeSpan lifetime = expires - cached.FetchedAt;
        TimeSpan skew = RefreshSkew;
        if (skew > lifetime / 2)
        {
            skew = lifetime > TimeSpan.Zero ? lifetime / 2 : TimeSpan.Zero;
        }

        return TimeProvider.GetUtcNow() < expires - skew;
    }

    // A class, so the token and its fetch time are replaced together in one reference write.
    private sealed record CachedToken(AccessToken Token, DateTimeOffset FetchedAt);
}
