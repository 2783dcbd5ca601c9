using System.Text;

namespace OpenApiClientGen.Runtime.Tests.Authentication;

public sealed class ClientCredentialsTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private AuthServer _server = null!;
    private int _issued;

    public async Task InitializeAsync()
    {
        _server = await AuthServer.StartAsync();
        _server.Map("/oauth/token", _ => Reply.Token("cc-" + Interlocked.Increment(ref _issued), expiresIn: 3600));
        _server.Map("/api", _ => Reply.Ok());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_secret_goes_in_a_form_encoded_Basic_header_by_default()
    {
        var provider = new ClientCredentialsTokenProvider(Client("my client", "sé:cret"), scope: "repo read:org", _clock);

        AccessToken token = await provider.GetTokenAsync(false, CancellationToken.None);

        RecordedRequest request = Assert.Single(_server.RequestsTo("/oauth/token"));
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("application/x-www-form-urlencoded", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("application/json", request.Header("Accept"));

        // RFC 6749 §2.3.1: id and secret are form-encoded before Basic encoding.
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("my+client:s%C3%A9%3Acret")), request.Header("Authorization"));
        Assert.Equal(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "repo read:org" }, request.Form);
        Assert.Equal("cc-1", token.Value);
        Assert.Equal("Bearer", token.TokenType);
        Assert.Equal(_clock.GetUtcNow().AddHours(1), token.ExpiresAt);
    }

    [Fact]
    public async Task With_ClientSecretPost_the_secret_goes_in_the_form()
    {
        OAuthClientOptions client = Client("app", "secret");
        client.ClientAuthentication = OAuthClientAuthentication.ClientSecretPost;
        var provider = new ClientCredentialsTokenProvider(client, timeProvider: _clock);

        await provider.GetTokenAsync(false, CancellationToken.None);

        RecordedRequest request = Assert.Single(_server.RequestsTo("/oauth/token"));
        Assert.Null(request.Header("Authorization"));
        Assert.Equal(
            new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "app", ["client_secret"] = "secret" },
            request.Form);
    }

    [Fact]
    public async Task API_calls_reuse_the_token_until_shortly_before_it_expires()
    {
        var provider = new ClientCredentialsTokenProvider(Client("app", "secret"), timeProvider: _clock);
        using ApiClientCore core = _server.CreateCore(options => options.Credentials = ApiCredentials.OAuth(provider));

        await core.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None);
        await core.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(59));
        await core.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None);

        Assert.Equal(2, _server.RequestsTo("/oauth/token").Length);
        Assert.Equal(["Bearer cc-1", "Bearer cc-1", "Bearer cc-2"], _server.RequestsTo("/api").Select(r => r.Header("Authorization")));
    }

    [Fact]
    public void GitHub_endpoints_are_built_in_and_take_the_secret_in_the_form()
    {
        Assert.Equal(new Uri("https://github.com/login/oauth/access_token"), OAuthEndpoints.GitHub.TokenEndpoint);
        Assert.Equal(new Uri("https://github.com/login/device/code"), OAuthEndpoints.GitHub.DeviceAuthorizationEndpoint);
        Assert.Equal(OAuthClientAuthentication.ClientSecretPost, new OAuthClientOptions(OAuthEndpoints.GitHub, "id", "s").ClientAuthentication);

        OAuthEndpoints server = OAuthEndpoints.ForGitHubServer(new Uri("https://ghe.example.com"));
        Assert.Equal(new Uri("https://ghe.example.com/login/oauth/access_token"), server.TokenEndpoint);
        Assert.Equal(new Uri("https://ghe.example.com/login/device/code"), server.DeviceAuthorizationEndpoint);
        Assert.Equal(OAuthClientAuthentication.ClientSecretBasic, new OAuthEndpoints(new Uri("https://auth.example.com/token")).ClientAuthentication);
    }

    private OAuthClientOptions Client(string id, string secret) => new(new OAuthEndpoints(_server.At("oauth/token")), id, secret);
}
