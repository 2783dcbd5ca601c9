using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Authentication;

public sealed class CachingTokenProviderTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task A_token_is_reused_until_60_seconds_before_it_expires()
    {
        var provider = new ScriptedProvider(_clock, TimeSpan.FromHours(1));

        AccessToken first = await provider.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(58));
        AccessToken stillFirst = await provider.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        AccessToken second = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(60), provider.RefreshSkew);
        Assert.Equal("token-1", first.Value);
        Assert.Equal("token-1", stillFirst.Value);
        Assert.Equal("token-2", second.Value);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromHours(1), second.ExpiresAt);
    }

    [Fact]
    public async Task The_refresh_skew_is_configurable()
    {
        var provider = new ScriptedProvider(_clock, TimeSpan.FromHours(1)) { RefreshSkew = TimeSpan.FromMinutes(10) };

        await provider.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(49));
        AccessToken before = await provider.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        AccessToken after = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal("token-1", before.Value);
        Assert.Equal("token-2", after.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => provider.RefreshSkew = TimeSpan.FromSeconds(-1));
    }

    [Fact]
    public async Task A_token_shorter_lived_than_twice_the_skew_is_kept_for_half_its_lifetime()
    {
        var provider = new ScriptedProvider(_clock, TimeSpan.FromSeconds(30));

        await provider.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(14));
        AccessToken kept = await provider.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        AccessToken renewed = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal("token-1", kept.Value);
        Assert.Equal("token-2", renewed.Value);
    }

    [Fact]
    public async Task A_token_without_expiry_is_kept_until_a_refresh_is_forced_or_it_is_invalidated()
    {
        var provider = new ScriptedProvider(_clock, lifetime: null);

        await provider.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(3650));
        AccessToken kept = await provider.GetTokenAsync(false, CancellationToken.None);
        AccessToken forced = await provider.GetTokenAsync(true, CancellationToken.None);
        provider.Invalidate();
        AccessToken afterInvalidate = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal("token-1", kept.Value);
        Assert.Equal("token-2", forced.Value);
        Assert.Equal("token-3", afterInvalidate.Value);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_fetch()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var provider = new ScriptedProvider(_clock, TimeSpan.FromHours(1), gate.Task);

        ValueTask<AccessToken>[] callers = Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(false, CancellationToken.None)).ToArray();
        await Task.Delay(50);
        gate.SetResult();
        AccessToken[] tokens = await Task.WhenAll(callers.Select(c => c.AsTask()));

        Assert.Equal(1, provider.Fetches);
        Assert.All(tokens, token => Assert.Equal("token-1", token.Value));
    }

    [Fact]
    public async Task Concurrent_forced_refreshes_of_the_same_token_share_one_fetch()
    {
        var provider = new ScriptedProvider(_clock, TimeSpan.FromHours(1));
        await provider.GetTokenAsync(false, CancellationToken.None);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Gate = gate.Task;

        ValueTask<AccessToken>[] callers = Enumerable.Range(0, 10).Select(_ => provider.GetTokenAsync(true, CancellationToken.None)).ToArray();
        gate.SetResult();
        AccessToken[] tokens = await Task.WhenAll(callers.Select(c => c.AsTask()));

        Assert.Equal(2, provider.Fetches);
        Assert.All(tokens, token => Assert.Equal("token-2", token.Value));
    }

    [Fact]
    public async Task A_failed_fetch_is_not_cached()
    {
        var provider = new ScriptedProvider(_clock, TimeSpan.FromHours(1)) { FailNext = true };

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync(false, CancellationToken.None).AsTask());
        AccessToken token = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal("token-2", token.Value);
    }

    [Fact]
    public async Task OAuth_credentials_send_the_token_with_its_type()
    {
        using ApiClientCore bearer = server.CreateCore(options => options.Credentials = ApiCredentials.OAuth(new CountingTokenProvider("bearer")));
        using ApiClientCore dpop = server.CreateCore(options => options.Credentials = ApiCredentials.OAuth(new CountingTokenProvider("DPoP")));

        EchoResponse first = await bearer.EchoAsync(new ApiRequest("GET", "/echo"));
        EchoResponse second = await dpop.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal("Bearer token-1", first.Header("Authorization"));
        Assert.Equal("DPoP token-1", second.Header("Authorization"));
    }

    [Fact]
    public async Task OAuth_credentials_ask_the_provider_on_every_request()
    {
        var provider = new CountingTokenProvider();
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.OAuth(provider));

        await core.EchoAsync(new ApiRequest("GET", "/echo"));
        await core.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal(2, provider.Calls);
    }

    /// <summary>Issues token-1, token-2, … living <c>lifetime</c>; each fetch first waits for <see cref="Gate"/>.</summary>
    private sealed class ScriptedProvider(ManualClock clock, TimeSpan? lifetime, Task? gate = null) : CachingTokenProvider(clock)
    {
        private int _fetches;

        public int Fetches => Volatile.Read(ref _fetches);

        public Task? Gate { get; set; } = gate;

        public bool FailNext { get; set; }

        protected override async Task<AccessToken> FetchTokenAsync(CancellationToken cancellationToken)
        {
            int number = Interlocked.Increment(ref _fetches);
            if (Gate is { } wait)
            {
                await wait;
            }

            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("the server is down");
            }

            return new AccessToken("token-" + number, clock.GetUtcNow() + lifetime);
        }
    }
}
