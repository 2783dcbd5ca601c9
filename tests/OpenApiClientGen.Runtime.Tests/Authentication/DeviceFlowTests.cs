namespace OpenApiClientGen.Runtime.Tests.Authentication;

public sealed class DeviceFlowTests : IAsyncLifetime
{
    private const string DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";
    private readonly ManualClock _clock = new();
    private readonly List<TimeSpan> _delays = new();
    private readonly List<DeviceAuthorization> _shown = new();
    private AuthServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await AuthServer.StartAsync();
        _server.Map("/login/device/code", _ => Reply.Json(
            "{\"device_code\":\"dc-1\",\"user_code\":\"WDJB-MJHT\",\"verification_uri\":\"https://example.com/device\","
            + "\"verification_uri_complete\":\"https://example.com/device?user_code=WDJB-MJHT\",\"expires_in\":900,\"interval\":5}"));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_user_code_is_shown_and_the_token_endpoint_polled_until_approval_slowing_down_when_asked()
    {
        // GitHub answers the polls with 200 and an error member.
        MapPolls(Reply.OAuthError("authorization_pending", 200), Reply.OAuthError("slow_down", 200), Reply.OAuthError("authorization_pending", 200), Reply.Token("gho_device"));
        DeviceAuthorizationFlow flow = Flow(scope: "read:user repo");
        DateTimeOffset started = _clock.GetUtcNow();

        AccessToken token = await flow.GetTokenAsync(false, CancellationToken.None);
        AccessToken again = await flow.GetTokenAsync(false, CancellationToken.None);

        DeviceAuthorization shown = Assert.Single(_shown);
        Assert.Equal("WDJB-MJHT", shown.UserCode);
        Assert.Equal(new Uri("https://example.com/device"), shown.VerificationUri);
        Assert.Equal(new Uri("https://example.com/device?user_code=WDJB-MJHT"), shown.VerificationUriComplete);
        Assert.Equal(started.AddSeconds(900), shown.ExpiresAt);
        Assert.Equal(TimeSpan.FromSeconds(5), shown.Interval);

        RecordedRequest start = Assert.Single(_server.RequestsTo("/login/device/code"));
        Assert.Equal(new Dictionary<string, string> { ["client_id"] = "demo", ["scope"] = "read:user repo" }, start.Form);
        Assert.Equal("application/json", start.Header("Accept"));

        RecordedRequest[] polls = _server.RequestsTo("/login/oauth/access_token");
        Assert.Equal(4, polls.Length);
        Assert.All(polls, poll => Assert.Equal(
            new Dictionary<string, string> { ["grant_type"] = DeviceCodeGrant, ["device_code"] = "dc-1", ["client_id"] = "demo" }, poll.Form));
        Assert.Equal([5, 5, 10, 10], _delays.Select(d => d.TotalSeconds));
        Assert.Equal("gho_device", token.Value);
        Assert.Equal(token, again);
        Assert.False(flow.CanRefresh);
    }

    [Theory]
    [InlineData("access_denied")]
    [InlineData("expired_token")]
    public async Task Denial_or_expiry_reported_by_the_server_ends_the_flow(string error)
    {
        MapPolls(Reply.OAuthError("authorization_pending"), Reply.OAuthError(error, description: "no"), Reply.Token("never"));

        OAuthException failure = await Assert.ThrowsAsync<OAuthException>(() => Flow().GetTokenAsync(false, CancellationToken.None).AsTask());

        Assert.Equal(error, failure.ErrorCode);
        Assert.Equal(400, failure.StatusCode);
        Assert.Equal(2, _server.RequestsTo("/login/oauth/access_token").Length);
    }

    [Fact]
    public async Task Polling_stops_when_the_device_code_expires()
    {
        _server.Map("/login/device/code", _ => Reply.Json("{\"device_code\":\"dc\",\"user_code\":\"AB-CD\",\"verification_uri\":\"https://example.com/d\",\"expires_in\":12,\"interval\":5}"));
        _server.Map("/login/oauth/access_token", _ => Reply.OAuthError("authorization_pending"));

        OAuthException failure = await Assert.ThrowsAsync<OAuthException>(() => Flow().GetTokenAsync(false, CancellationToken.None).AsTask());

        Assert.Equal("expired_token", failure.ErrorCode);
        Assert.Null(failure.StatusCode);
        Assert.Equal(2, _server.RequestsTo("/login/oauth/access_token").Length);
    }

    [Fact]
    public async Task Without_an_interval_the_flow_waits_5_seconds()
    {
        _server.Map("/login/device/code", _ => Reply.Json("{\"device_code\":\"dc\",\"user_code\":\"AB-CD\",\"verification_url\":\"https://example.com/d\",\"expires_in\":600}"));
        MapPolls(Reply.Token("t"));

        await Flow().GetTokenAsync(false, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(5)], _delays);
        Assert.Equal(new Uri("https://example.com/d"), Assert.Single(_shown).VerificationUri);
    }

    [Fact]
    public async Task A_refresh_token_renews_the_token_later_without_the_user()
    {
        MapPolls(Reply.Token("ghu_1", expiresIn: 28800, refreshToken: "ghr_1"), Reply.Token("ghu_2", expiresIn: 28800, refreshToken: "ghr_2"));
        DeviceAuthorizationFlow flow = Flow();

        AccessToken first = await flow.GetTokenAsync(false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(8));
        AccessToken second = await flow.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal(["ghu_1", "ghu_2"], new[] { first.Value, second.Value });
        Assert.Single(_shown);
        RecordedRequest refresh = _server.RequestsTo("/login/oauth/access_token")[1];
        Assert.Equal("refresh_token", refresh.Form["grant_type"]);
        Assert.Equal("ghr_1", refresh.Form["refresh_token"]);
        Assert.Equal("ghr_2", flow.RefreshToken);
        Assert.True(flow.CanRefresh);
    }

    [Theory]
    [InlineData("{\"user_code\":\"AB-CD\",\"verification_uri\":\"https://example.com/d\",\"expires_in\":600}", "device_code")]
    [InlineData("{\"device_code\":\"dc\",\"verification_uri\":\"https://example.com/d\",\"expires_in\":600}", "user_code")]
    [InlineData("{\"device_code\":\"dc\",\"user_code\":\"AB-CD\",\"verification_uri\":\"/device\",\"expires_in\":600}", "verification_uri")]
    [InlineData("{\"device_code\":\"dc\",\"user_code\":\"AB-CD\",\"verification_uri\":\"https://example.com/d\"}", "expires_in")]
    [InlineData("{\"device_code\":\"dc\",\"user_code\":\"\\u001b[2JAB\",\"verification_uri\":\"https://example.com/d\",\"expires_in\":600}", "control characters")]
    public async Task An_unusable_device_authorization_answer_is_an_OAuthException_before_anything_is_shown(string json, string problem)
    {
        _server.Map("/login/device/code", _ => Reply.Json(json));

        OAuthException failure = await Assert.ThrowsAsync<OAuthException>(() => Flow().GetTokenAsync(false, CancellationToken.None).AsTask());

        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
        Assert.Empty(_shown);
        Assert.Empty(_server.RequestsTo("/login/oauth/access_token"));
    }

    [Fact]
    public async Task Cancellation_ends_the_polling()
    {
        using var cancel = new CancellationTokenSource();
        DeviceAuthorizationFlow flow = Flow();
        flow.Delay = (_, token) => cancel.IsCancellationRequested ? Task.FromCanceled(token) : Task.CompletedTask;
        _server.Map("/login/oauth/access_token", _ =>
        {
            cancel.Cancel();
            return Reply.OAuthError("authorization_pending");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => flow.GetTokenAsync(false, cancel.Token).AsTask());

        Assert.Single(_server.RequestsTo("/login/oauth/access_token"));
    }

    private DeviceAuthorizationFlow Flow(string? scope = null)
    {
        var endpoints = new OAuthEndpoints(_server.At("login/oauth/access_token"), _server.At("login/device/code"));
        return new DeviceAuthorizationFlow(new OAuthClientOptions(endpoints, "demo"), _shown.Add, scope, _clock)
        {
            Delay = (delay, _) =>
            {
                _delays.Add(delay);
                _clock.Advance(delay);
                return Task.CompletedTask;
            },
        };
    }

    private void MapPolls(params Reply[] replies)
    {
        var queue = new Queue<Reply>(replies);
        _server.Map("/login/oauth/access_token", _ => queue.Dequeue());
    }
}
