namespace OpenApiClientGen.Runtime.Tests.Authentication;

/// <summary>A 401 with OAuth credentials renews the token once and repeats the call, when the provider can renew.</summary>
public sealed class UnauthorizedRetryTests : IAsyncLifetime
{
    private AuthServer _server = null!;
    private int _issued;
    private volatile string _accepted = "Bearer tok-2";

    public async Task InitializeAsync()
    {
        _server = await AuthServer.StartAsync();
        _server.Map("/token", _ => Reply.Token("tok-" + Interlocked.Increment(ref _issued), expiresIn: 3600));
        _server.Map("/api", request => request.Header("Authorization") == _accepted ? Reply.Json("{\"echo\":\"" + request.Body + "\"}") : Reply.Json("{\"message\":\"Bad credentials\"}", 401));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_rejected_token_is_renewed_once_and_the_call_repeated_with_its_body()
    {
        using ApiClientCore core = Core(new ClientCredentialsTokenProvider(Client()));
        var request = new ApiRequest("POST", "/api");
        request.TextBody("payload", "text/plain");

        string answer = await core.SendForTextAsync(request, CancellationToken.None);

        Assert.Equal("{\"echo\":\"payload\"}", answer);
        RecordedRequest[] calls = _server.RequestsTo("/api");
        Assert.Equal(["Bearer tok-1", "Bearer tok-2"], calls.Select(c => c.Header("Authorization")));
        Assert.All(calls, call => Assert.Equal("payload", call.Body));
        Assert.Equal(2, _server.RequestsTo("/token").Length);
    }

    [Fact]
    public async Task A_second_401_is_reported_without_further_attempts()
    {
        _accepted = "never";
        using ApiClientCore core = Core(new ClientCredentialsTokenProvider(Client()));

        ApiAuthenticationException error = await Assert.ThrowsAsync<ApiAuthenticationException>(() => core.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, _server.RequestsTo("/api").Length);
        Assert.Equal(2, _server.RequestsTo("/token").Length);
    }

    [Fact]
    public async Task Concurrent_calls_rejected_with_the_same_token_share_one_renewal()
    {
        using ApiClientCore core = Core(new ClientCredentialsTokenProvider(Client()));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => core.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None)));

        Assert.Equal(2, _server.RequestsTo("/token").Length);
    }

    [Fact]
    public async Task A_provider_that_needs_the_user_to_renew_is_not_asked_and_the_401_is_reported()
    {
        var endpoints = new OAuthEndpoints(_server.At("token"), _server.At("device"));
        var flow = new DeviceAuthorizationFlow(new OAuthClientOptions(endpoints, "app"), _ => { });
        _server.Map("/device", _ => Reply.Json("{\"device_code\":\"d\",\"user_code\":\"U\",\"verification_uri\":\"https://example.com/d\",\"expires_in\":60,\"interval\":1}"));
        flow.Delay = (_, _) => Task.CompletedTask;
        await flow.GetTokenAsync(false, CancellationToken.None);
        using ApiClientCore core = Core(flow);

        await Assert.ThrowsAsync<ApiAuthenticationException>(() => core.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None));

        Assert.False(flow.CanRefresh);
        Assert.Single(_server.RequestsTo("/api"));
        Assert.Single(_server.RequestsTo("/device"));
    }

    [Fact]
    public async Task Any_other_provider_is_forced_to_refresh_and_the_call_repeated_only_with_a_different_token()
    {
        // CountingTokenProvider hands out token-1, then token-2 when forced.
        _accepted = "Bearer token-2";
        using ApiClientCore renewing = Core(new CountingTokenProvider());
        await renewing.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _server.RequestsTo("/api").Select(c => c.Header("Authorization")));

        using ApiClientCore fixedToken = Core(new SameTokenProvider());
        await Assert.ThrowsAsync<ApiAuthenticationException>(() => fixedToken.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None));
        Assert.Equal(3, _server.RequestsTo("/api").Length);
    }

    [Fact]
    public async Task A_body_from_a_stream_that_cannot_be_rewound_is_not_sent_twice()
    {
        using ApiClientCore core = Core(new ClientCredentialsTokenProvider(Client()));
        var request = new ApiRequest("POST", "/api");
        using var body = new ForwardOnlyStream("payload"u8.ToArray());
        request.StreamBody(body, "text/plain");

        await Assert.ThrowsAsync<ApiAuthenticationException>(() => core.SendAsync(request, CancellationToken.None));

        Assert.Single(_server.RequestsTo("/api"));
    }

    [Fact]
    public async Task A_body_from_a_seekable_stream_is_sent_again_from_its_start()
    {
        using ApiClientCore core = Core(new ClientCredentialsTokenProvider(Client()));
        var request = new ApiRequest("POST", "/api");
        using var body = new MemoryStream("payload"u8.ToArray());
        request.StreamBody(body, "text/plain");

        await core.SendAsync(request, CancellationToken.None);

        Assert.Equal(["payload", "payload"], _server.RequestsTo("/api").Select(r => r.Body));
    }

    [Fact]
    public async Task Other_credentials_are_not_retried()
    {
        using ApiClientCore core = _server.CreateCore(options => options.Credentials = ApiCredentials.Token("tok-1"));

        await Assert.ThrowsAsync<ApiAuthenticationException>(() => core.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None));

        Assert.Single(_server.RequestsTo("/api"));
    }

    private OAuthClientOptions Client() => new(new OAuthEndpoints(_server.At("token")), "app", "secret");

    private ApiClientCore Core(IAccessTokenProvider provider) => _server.CreateCore(options => options.Credentials = ApiCredentials.OAuth(provider));

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }

    private sealed class SameTokenProvider : IAccessTokenProvider
    {
        public ValueTask<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => new(new AccessToken("same", null));
    }
}
