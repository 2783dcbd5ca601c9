using System.Globalization;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Health;

public sealed class ConnectionCheckTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const long ResetSeconds = 1_750_000_000;

    [Fact]
    public async Task Without_credentials_the_anonymous_path_is_checked_and_credentials_are_not_judged()
    {
        MapGitHubLike();
        using ApiClientCore core = server.CreateCore();

        ConnectionCheckResult result = await core.CheckConnectionAsync("/rate_limit", "/user", CancellationToken.None);

        Assert.True(result.Reachable);
        Assert.Null(result.CredentialsAccepted);
        Assert.Equal(200, result.StatusCode);
        Assert.Null(result.Error);
        Assert.True(result.Succeeded);
        Assert.True(result.Latency > TimeSpan.Zero);
        Assert.Equal(new RateLimitInfo(60, 59, 1, DateTimeOffset.FromUnixTimeSeconds(ResetSeconds)), result.RateLimit);
    }

    [Fact]
    public async Task With_credentials_the_authenticated_path_is_checked_and_accepted_credentials_say_so()
    {
        MapGitHubLike();
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Token("good"));

        ConnectionCheckResult result = await core.CheckConnectionAsync("/rate_limit", "/user", CancellationToken.None);

        Assert.Equal((true, true, 200), (result.Reachable, result.CredentialsAccepted, result.StatusCode));
        Assert.Equal(new RateLimitInfo(5000, 4990, 10, DateTimeOffset.FromUnixTimeSeconds(ResetSeconds)), result.RateLimit);
    }

    [Fact]
    public async Task With_credentials_and_no_authenticated_path_the_anonymous_path_carries_them()
    {
        MapGitHubLike();
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Token("good"));

        ConnectionCheckResult result = await core.CheckConnectionAsync("/rate_limit", null, CancellationToken.None);

        Assert.Equal((true, true), (result.Reachable, result.CredentialsAccepted));
        Assert.Equal(5000, result.RateLimit!.Limit);
    }

    [Fact]
    public async Task Rejected_credentials_are_reported_not_thrown()
    {
        MapGitHubLike();
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Token("bad"));

        ConnectionCheckResult result = await core.CheckConnectionAsync("/rate_limit", "/user", CancellationToken.None);

        Assert.Equal((true, false, 401), (result.Reachable, result.CredentialsAccepted, result.StatusCode));
        Assert.Contains("401", result.Error, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_forbidden_answer_rejects_the_credentials_but_a_rate_limit_does_not()
    {
        server.MapResponse("/forbidden", 403, """{"message":"Must have admin rights"}""");
        server.MapResponse("/limited", 403, """{"message":"API rate limit exceeded"}""", headers:
        [
            ("X-RateLimit-Limit", "5000"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", ResetSeconds.ToString(CultureInfo.InvariantCulture)),
        ]);
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Token("good"));

        ConnectionCheckResult forbidden = await core.CheckConnectionAsync("/rate_limit", "/forbidden", CancellationToken.None);
        ConnectionCheckResult limited = await core.CheckConnectionAsync("/rate_limit", "/limited", CancellationToken.None);

        Assert.Equal((false, 403), (forbidden.CredentialsAccepted, forbidden.StatusCode));
        Assert.Null(limited.CredentialsAccepted);
        Assert.Equal(0, limited.RateLimit!.Remaining);
        Assert.Equal(5000, limited.RateLimit.Used);
    }

    [Fact]
    public async Task A_server_error_means_reachable_with_an_error()
    {
        server.MapResponse("/broken", 503, "maintenance");
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Token("good"));

        ConnectionCheckResult result = await core.CheckConnectionAsync("/broken", null, CancellationToken.None);

        Assert.Equal((true, (bool?)null, 503), (result.Reachable, result.CredentialsAccepted, result.StatusCode));
        Assert.Contains("maintenance", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_unreachable()
    {
        using var core = new ApiClientCore(new ApiClientOptions { Credentials = ApiCredentials.Token("good") }, ClosedPort.BaseAddress());

        ConnectionCheckResult result = await core.CheckConnectionAsync("/rate_limit", "/user", CancellationToken.None);

        Assert.False(result.Reachable);
        Assert.Null(result.CredentialsAccepted);
        Assert.Null(result.StatusCode);
        Assert.Null(result.RateLimit);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task An_unresolvable_host_is_unreachable()
    {
        using var core = new ApiClientCore(new ApiClientOptions { Credentials = ApiCredentials.Token("good") }, "https://api.example.invalid");

        ConnectionCheckResult result = await core.CheckConnectionAsync("/", "/user", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(result.Reachable);
        Assert.Contains("api.example.invalid", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_is_unreachable_but_caller_cancellation_throws()
    {
        server.Map("/hang", context => Task.Delay(10_000, context.RequestAborted));
        using ApiClientCore core = server.CreateCore(options => options.Timeout = TimeSpan.FromMilliseconds(200));

        ConnectionCheckResult timedOut = await core.CheckConnectionAsync("/hang", null, CancellationToken.None);
        core.Options.Timeout = TimeSpan.FromSeconds(30);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Exception? canceled = await Record.ExceptionAsync(() => core.CheckConnectionAsync("/hang", null, cancellation.Token));

        Assert.False(timedOut.Reachable);
        Assert.Contains("timed out", timedOut.Error, StringComparison.Ordinal);
        Assert.True(timedOut.Latency >= TimeSpan.FromMilliseconds(150));
        Assert.IsAssignableFrom<OperationCanceledException>(canceled);
    }

    [Theory]
    [InlineData("1750000000", 1_750_000_000_000)]
    [InlineData("1750000000123", 1_750_000_000_123)]
    [InlineData("1750000000.5", 1_750_000_000_500)]
    public void Reset_is_read_as_epoch_seconds_or_milliseconds_when_too_large_for_seconds(string header, long expectedMilliseconds)
    {
        RateLimitInfo? info = RateLimitInfo.FromHeaders(Headers(("X-RateLimit-Limit", "10"), ("X-RateLimit-Remaining", "4"), ("X-RateLimit-Reset", header)));

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(expectedMilliseconds), info!.Reset);
        Assert.Equal(6, info.Used);
    }

    [Fact]
    public void Rate_limit_info_needs_limit_and_remaining_and_tolerates_a_bad_reset()
    {
        Assert.Null(RateLimitInfo.FromHeaders(Headers(("X-RateLimit-Limit", "10"))));
        Assert.Null(RateLimitInfo.FromHeaders(Headers(("X-RateLimit-Limit", "ten"), ("X-RateLimit-Remaining", "4"))));
        Assert.Equal(new RateLimitInfo(10, 4, 6, null), RateLimitInfo.FromHeaders(Headers(("x-ratelimit-limit", "10"), ("X-RATELIMIT-REMAINING", "4"), ("X-RateLimit-Reset", "soon"))));
        Assert.Null(RateLimitInfo.FromHeaders(Headers(("X-RateLimit-Limit", "1"), ("X-RateLimit-Remaining", "1"), ("X-RateLimit-Reset", "1e300")))!.Reset);
    }

    private static Dictionary<string, IReadOnlyList<string>> Headers(params (string Name, string Value)[] headers) =>
        headers.ToDictionary(h => h.Name, h => (IReadOnlyList<string>)[h.Value], StringComparer.OrdinalIgnoreCase);

    /// <summary>/rate_limit answers anyone; /user needs "Bearer good". Both report rate limits as GitHub does.</summary>
    private void MapGitHubLike()
    {
        server.Map("/rate_limit", context =>
        {
            bool authenticated = context.Request.Headers.Authorization == "Bearer good";
            AddRateLimit(context, authenticated ? 5000 : 60, authenticated ? 4990 : 59);
            return ScriptedServer.Respond(context, 200, "{}", "application/json");
        });
        server.Map("/user", context =>
        {
            if (context.Request.Headers.Authorization != "Bearer good")
            {
                return ScriptedServer.Respond(context, 401, """{"message":"Bad credentials"}""", "application/json");
            }

            AddRateLimit(context, 5000, 4990);
            return ScriptedServer.Respond(context, 200, """{"login":"octocat"}""", "application/json");
        });
    }

    private static void AddRateLimit(HttpContext context, int limit, int remaining)
    {
        context.Response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Used"] = (limit - remaining).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Reset"] = ResetSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
