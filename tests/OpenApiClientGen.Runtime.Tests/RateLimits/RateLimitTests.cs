using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.RateLimits;

/// <summary>Primary and secondary limits, the limit last reported, and waiting for a reset when allowed.</summary>
public sealed class RateLimitTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Fact]
    public async Task An_exhausted_primary_limit_is_a_rate_limit_exception_with_the_reset()
    {
        DateTimeOffset reset = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 3600);
        Counter attempts = MapLimited("/primary", 403, """{"message":"API rate limit exceeded"}""", Limits(0, reset.ToUnixTimeSeconds()));
        using ApiClientCore core = server.CreateCore();

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/primary"), CancellationToken.None));

        Assert.False(error.IsSecondary);
        Assert.Equal(reset, error.Reset);
        Assert.Equal((60L, 0L, "core"), (error.RateLimit!.Limit, error.RateLimit.Remaining, error.RateLimit.Resource));

        // An hour is beyond any retry delay: failing at once beats waiting that long unasked.
        Assert.Equal(1, attempts.Value);
    }

    [Fact]
    public async Task A_reset_in_milliseconds_is_understood()
    {
        DateTimeOffset reset = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 3_600_123);
        MapLimited("/primary-ms", 429, "{}", Limits(0, reset.ToUnixTimeMilliseconds()));
        using ApiClientCore core = server.CreateCore();

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/primary-ms"), CancellationToken.None));

        Assert.Equal(reset, error.Reset);
        Assert.False(error.IsSecondary);
    }

    [Fact]
    public async Task Too_many_requests_with_retry_after_and_quota_left_is_a_secondary_limit()
    {
        MapLimited("/secondary-429", 429, "{}", [("Retry-After", "90"), .. Limits(4000, 1_750_000_000)]);
        using ApiClientCore core = server.CreateCore();

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/secondary-429"), CancellationToken.None));

        Assert.True(error.IsSecondary);
        Assert.Equal(TimeSpan.FromSeconds(90), error.RetryAfter);
    }

    [Fact]
    public async Task A_forbidden_response_naming_the_secondary_rate_limit_is_a_secondary_limit()
    {
        MapLimited("/secondary-403", 403, """{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}""");
        using ApiClientCore core = server.CreateCore(options => options.Retry.MaxAttempts = 0);

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/secondary-403"), CancellationToken.None));

        Assert.True(error.IsSecondary);
        Assert.Equal(403, error.StatusCode);
    }

    [Fact]
    public async Task A_plain_forbidden_response_is_no_rate_limit()
    {
        MapLimited("/forbidden", 403, """{"message":"Resource not accessible by integration"}""", Limits(4999, 1_750_000_000));
        using ApiClientCore core = server.CreateCore();

        ApiException error = await Assert.ThrowsAsync<ApiForbiddenException>(() => core.SendAsync(new ApiRequest("GET", "/forbidden"), CancellationToken.None));

        Assert.IsNotType<ApiRateLimitException>(error);
    }

    [Fact]
    public async Task The_last_rate_limit_follows_every_response_that_reports_one()
    {
        MapLimited("/limited-4999", 200, "{}", Limits(4999, 1_750_000_000));
        MapLimited("/limited-4998", 404, "{}", Limits(4998, 1_750_000_000));
        MapLimited("/unlimited", 200, "{}");
        using var client = new TestClient(new ApiClientOptions { TimeProvider = new InstantTimeProvider() }, server.BaseUri.AbsoluteUri);
        ApiResponseInfo? info = null;

        Assert.Null(client.LastRateLimit);
        await client.Core.SendAsync(new ApiRequest("GET", "/limited-4999") { Options = new RequestOptions { OnResponse = response => info = response } }, CancellationToken.None);
        Assert.Equal((60L, 4999L, "core"), (client.LastRateLimit!.Limit, client.LastRateLimit.Remaining, client.LastRateLimit.Resource));
        Assert.Equal(client.LastRateLimit, info!.RateLimit);

        await Assert.ThrowsAsync<ApiNotFoundException>(() => client.Core.SendAsync(new ApiRequest("GET", "/limited-4998"), CancellationToken.None));
        Assert.Equal(4998, client.Core.LastRateLimit!.Remaining);

        // A response without the headers says nothing about the limit: the last known one stays.
        await client.Core.SendAsync(new ApiRequest("GET", "/unlimited"), CancellationToken.None);
        Assert.Equal(4998, client.LastRateLimit!.Remaining);
    }

    [Fact]
    public async Task An_unchanged_rate_limit_keeps_its_object_and_a_changed_one_replaces_it()
    {
        MapLimited("/steady", 200, "{}", Limits(50, 1_750_000_000));
        MapLimited("/next-window", 200, "{}", Limits(50, 1_750_003_600));
        using ApiClientCore core = server.CreateCore();

        await core.SendAsync(new ApiRequest("GET", "/steady"), CancellationToken.None);
        RateLimitInfo first = core.LastRateLimit!;
        await core.SendAsync(new ApiRequest("GET", "/steady"), CancellationToken.None);

        // Read per call from the headers in place: the same values allocate nothing new.
        Assert.Same(first, core.LastRateLimit);
        Assert.Equal(new RateLimitInfo(60, 50, 10, DateTimeOffset.FromUnixTimeSeconds(1_750_000_000)) { Resource = "core" }, first);

        await core.SendAsync(new ApiRequest("GET", "/next-window"), CancellationToken.None);
        Assert.NotSame(first, core.LastRateLimit);
        Assert.Equal(first with { Reset = DateTimeOffset.FromUnixTimeSeconds(1_750_003_600) }, core.LastRateLimit);
    }

    [Fact]
    public async Task Opt_in_throttling_waits_for_the_reset_and_then_succeeds()
    {
        long reset = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 120;
        var attempts = new Counter();
        server.Map("/throttled", context =>
        {
            if (attempts.Increment() == 1)
            {
                foreach ((string name, string value) in Limits(0, reset))
                {
                    context.Response.Headers[name] = value;
                }

                return ScriptedServer.Respond(context, 403, """{"message":"API rate limit exceeded"}""");
            }

            return EchoHandler.Respond(context);
        });
        var logs = new CapturingLoggerProvider();
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.RateLimitWait = TimeSpan.FromMinutes(5);
            options.Logger = logs.CreateLogger("test");
        });

        EchoResponse echo = await core.SendAsync(new ApiRequest("GET", "/throttled"), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Equal("GET", echo.Method);
        Assert.Equal(2, attempts.Value);
        TimeSpan waited = Assert.Single(((InstantTimeProvider)core.Options.TimeProvider).Delays);
        Assert.InRange(waited, TimeSpan.FromSeconds(117), TimeSpan.FromSeconds(120));
        Assert.Contains(logs.Entries, entry => entry.EventId.Name == "RateLimitWait");
    }

    [Fact]
    public async Task Throttling_does_not_wait_past_its_maximum()
    {
        Counter attempts = MapLimited("/throttled-long", 403, "{}", Limits(0, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 3600));
        using ApiClientCore core = server.CreateCore(options => options.RateLimitWait = TimeSpan.FromMinutes(5));

        await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/throttled-long"), CancellationToken.None));

        Assert.Equal(1, attempts.Value);
        Assert.Empty(((InstantTimeProvider)core.Options.TimeProvider).Delays);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_reset_years_away_fails_at_once_even_with_unbounded_waits(bool retries)
    {
        // 2999-01-01: far beyond the ~49 days a timer can wait.
        Counter attempts = MapLimited($"/reset-far-{retries}", 403, "{}", Limits(0, 32_472_144_000));
        using ApiClientCore core = server.CreateCore(options => Unbounded(options, retries));

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", $"/reset-far-{retries}"), CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal(1, attempts.Value);
        Assert.Empty(((InstantTimeProvider)core.Options.TimeProvider).Delays);
    }

    [Theory]
    [InlineData("99999999999", false)]
    [InlineData("99999999999", true)]
    [InlineData("99999999999999999999999", true)]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT", true)]
    public async Task An_absurd_retry_after_fails_at_once_even_with_unbounded_waits(string retryAfter, bool retries)
    {
        string path = $"/retry-after-far-{retries}-{retryAfter.Length}";
        Counter attempts = MapLimited(path, 429, "{}", [("Retry-After", retryAfter), .. Limits(0, 1_750_000_000)]);
        using ApiClientCore core = server.CreateCore(options => Unbounded(options, retries));

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", path), CancellationToken.None));

        Assert.Equal(429, error.StatusCode);
        Assert.True(error.RetryAfter > TimeSpan.FromDays(365));
        Assert.Equal(1, attempts.Value);
        Assert.Empty(((InstantTimeProvider)core.Options.TimeProvider).Delays);
    }

    private static void Unbounded(ApiClientOptions options, bool retries)
    {
        options.RateLimitWait = TimeSpan.MaxValue;
        options.Retry.MaxAttempts = retries ? 3 : 0;
        options.Retry.MaxDelay = TimeSpan.MaxValue;
        options.Retry.MaxTotalDelay = TimeSpan.MaxValue;
    }

    private static (string Name, string Value)[] Limits(long remaining, long reset) =>
    [
        ("X-RateLimit-Limit", "60"),
        ("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("X-RateLimit-Reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("X-RateLimit-Resource", "core"),
    ];

    private Counter MapLimited(string path, int status, string body, params (string Name, string Value)[] headers)
    {
        var attempts = new Counter();
        server.Map(path, context =>
        {
            attempts.Increment();
            foreach ((string name, string value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            return ScriptedServer.Respond(context, status, body, "application/json");
        });
        return attempts;
    }

    private sealed class TestClient(ApiClientOptions options, string baseAddress) : ApiClient(options, baseAddress);
}
