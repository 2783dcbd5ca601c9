using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Retries;

/// <summary>Which failures are retried, how long the runtime waits between attempts, and where it stops.</summary>
public sealed class RetryTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Fact]
    public async Task Service_unavailable_twice_then_ok_succeeds_on_the_third_attempt()
    {
        Counter attempts = MapSequence("/flaky", 503, 503, 200);
        using ApiClientCore core = server.CreateCore();

        EchoResponse echo = await core.SendAsync(new ApiRequest("GET", "/flaky"), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Equal("GET", echo.Method);
        Assert.Equal(3, attempts.Value);
        Assert.Equal(2, Clock(core).Delays.Count);
    }

    [Fact]
    public async Task Retry_after_in_seconds_sets_the_delay()
    {
        MapSequence("/after-seconds", 429, 200, retryAfter: _ => "7");
        using ApiClientCore core = server.CreateCore();

        await core.SendAsync(new ApiRequest("GET", "/after-seconds"), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(7)], Clock(core).Delays);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_sets_the_delay()
    {
        MapSequence("/after-date", 503, 200, retryAfter: _ => DateTimeOffset.UtcNow.AddSeconds(20).ToString("r"));
        using ApiClientCore core = server.CreateCore();

        await core.SendAsync(new ApiRequest("GET", "/after-date"), CancellationToken.None);

        // HTTP dates have whole seconds and are measured against the server's Date header.
        TimeSpan delay = Assert.Single(Clock(core).Delays);
        Assert.InRange(delay, TimeSpan.FromSeconds(18), TimeSpan.FromSeconds(21));
    }

    [Fact]
    public async Task Backoff_doubles_up_to_the_maximum_delay_and_stops_after_max_attempts()
    {
        Counter attempts = MapAlways("/down", 503);
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.Retry.MaxAttempts = 4;
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(100);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(300);
            options.Retry.UseJitter = false;
        });

        await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(new ApiRequest("GET", "/down"), CancellationToken.None));

        Assert.Equal(5, attempts.Value);
        Assert.Equal(new[] { 100, 200, 300, 300 }.Select(ms => TimeSpan.FromMilliseconds(ms)), Clock(core).Delays);
    }

    [Fact]
    public async Task Jittered_backoff_stays_between_half_and_the_full_delay()
    {
        MapAlways("/jitter", 502);
        using ApiClientCore core = server.CreateCore(options => options.Retry.BaseDelay = TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(new ApiRequest("GET", "/jitter"), CancellationToken.None));

        IReadOnlyList<TimeSpan> delays = Clock(core).Delays;
        Assert.Equal(3, delays.Count);
        for (int i = 0; i < delays.Count; i++)
        {
            Assert.InRange(delays[i].TotalSeconds, Math.Pow(2, i) / 2, Math.Pow(2, i));
        }
    }

    [Fact]
    public async Task The_total_delay_cap_ends_retrying_before_it_would_be_exceeded()
    {
        Counter attempts = MapAlways("/capped", 504);
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.Retry.MaxAttempts = 10;
            options.Retry.UseJitter = false;
            options.Retry.MaxTotalDelay = TimeSpan.FromSeconds(2.5);
        });

        await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(new ApiRequest("GET", "/capped"), CancellationToken.None));

        // 1 s, then 2 s would make 3 s > 2.5 s.
        Assert.Equal([TimeSpan.FromSeconds(1)], Clock(core).Delays);
        Assert.Equal(2, attempts.Value);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_maximum_delay_fails_at_once()
    {
        Counter attempts = MapAlways("/long-wait", 429, retryAfter: "120");
        using ApiClientCore core = server.CreateCore();

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/long-wait"), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal(1, attempts.Value);
        Assert.Empty(Clock(core).Delays);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(500)]
    public async Task Other_statuses_are_not_retried(int status)
    {
        Counter attempts = MapAlways("/final-" + status, status);
        using ApiClientCore core = server.CreateCore();

        await Assert.ThrowsAnyAsync<ApiException>(() => core.SendAsync(new ApiRequest("GET", "/final-" + status), CancellationToken.None));

        Assert.Equal(1, attempts.Value);
    }

    [Fact]
    public async Task Zero_max_attempts_disables_retrying()
    {
        Counter attempts = MapAlways("/no-retry", 503);
        using ApiClientCore core = server.CreateCore(options => options.Retry.MaxAttempts = 0);

        await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(new ApiRequest("GET", "/no-retry"), CancellationToken.None));

        Assert.Equal(1, attempts.Value);
    }

    [Fact]
    public async Task Refused_connections_are_retried()
    {
        var clock = new InstantTimeProvider();
        using var core = new ApiClientCore(new ApiClientOptions { TimeProvider = clock }, ClosedPort.BaseAddress());

        await Assert.ThrowsAsync<ApiConnectionException>(() => core.SendAsync(new ApiRequest("GET", "/x"), CancellationToken.None));

        Assert.Equal(3, clock.Delays.Count);
    }

    [Fact]
    public async Task A_timed_out_attempt_is_retried_with_a_fresh_timeout()
    {
        var attempts = new Counter();
        server.Map("/slow-once", async context =>
        {
            if (attempts.Increment() == 1)
            {
                await Task.Delay(10_000, context.RequestAborted);
            }

            await EchoHandler.Respond(context);
        });
        using ApiClientCore core = server.CreateCore(options => options.Timeout = TimeSpan.FromMilliseconds(300));

        EchoResponse echo = await core.SendAsync(new ApiRequest("GET", "/slow-once"), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Equal("GET", echo.Method);
        Assert.Equal(2, attempts.Value);
    }

    [Fact]
    public async Task Each_retry_is_logged_with_attempt_reason_and_delay()
    {
        MapSequence("/logged", 503, 429, 200, retryAfter: attempt => attempt == 2 ? "3" : null);
        var logs = new CapturingLoggerProvider();
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.Logger = logs.CreateLogger("test");
            options.Retry.UseJitter = false;
        });

        await core.SendAsync(new ApiRequest("GET", "/logged"), CancellationToken.None);

        Assert.Collection(
            logs.Entries,
            first => Assert.Equal(("RetryScheduled", "1", "503", "1000"), (first.EventId.Name, first.State["Attempt"], first.State["Reason"], first.State["DelayMilliseconds"])),
            second => Assert.Equal(("RetryScheduled", "2", "429", "3000"), (second.EventId.Name, second.State["Attempt"], second.State["Reason"], second.State["DelayMilliseconds"])),
            done => Assert.Equal(("RequestCompleted", "200"), (done.EventId.Name, done.State["StatusCode"])));
        Assert.Contains($"GET {server.BaseUri}logged attempt 1 failed (503); retrying in 1000 ms", logs.Entries[0].Message, StringComparison.Ordinal);
    }

    private static InstantTimeProvider Clock(ApiClientCore core) => (InstantTimeProvider)core.Options.TimeProvider;

    /// <summary>Answers the given statuses in turn (the last one from then on); 200 answers with an echo.</summary>
    private Counter MapSequence(string path, int first, int second, int third = 200, Func<int, string?>? retryAfter = null)
    {
        int[] statuses = [first, second, third];
        var attempts = new Counter();
        server.Map(path, context =>
        {
            int attempt = attempts.Increment();
            int status = statuses[Math.Min(attempt, statuses.Length) - 1];
            if (status == 200)
            {
                return EchoHandler.Respond(context);
            }

            if (retryAfter?.Invoke(attempt) is { } value)
            {
                context.Response.Headers.RetryAfter = value;
            }

            return ScriptedServer.Respond(context, status, "try again");
        });
        return attempts;
    }

    private Counter MapAlways(string path, int status, string? retryAfter = null)
    {
        var attempts = new Counter();
        server.Map(path, context =>
        {
            attempts.Increment();
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            return ScriptedServer.Respond(context, status, "failing");
        });
        return attempts;
    }
}
