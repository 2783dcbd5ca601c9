using System.Net;

namespace OpenApiClientGen.Runtime.Tests.Authentication;

/// <summary>
/// Credentials never travel over plain http to a host other than loopback. The client's HttpClient connects to a
/// local server whatever the host, so "http://api.example.invalid" works without DNS and shows what would be sent.
/// </summary>
public sealed class HttpsOnlyTests : IAsyncLifetime
{
    private const string InsecureAddress = "http://api.example.invalid/";
    private AuthServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await AuthServer.StartAsync();
        _server.Map("/me", _ => Reply.Ok());
        _http = RedirectedHttpClient.To(_server.BaseUri);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    public static TheoryData<string, Func<CountingTokenProvider, ApiCredentials>> EveryKind() => new()
    {
        { "token", _ => ApiCredentials.Token("t") },
        { "basic", _ => ApiCredentials.Basic("user", "password") },
        { "basic token", _ => ApiCredentials.BasicToken("t") },
        { "api key header", _ => ApiCredentials.ApiKey("X-Key", "k") },
        { "api key query", _ => ApiCredentials.ApiKey("key", "k", ApiKeyLocation.Query) },
        { "api key cookie", _ => ApiCredentials.ApiKey("key", "k", ApiKeyLocation.Cookie) },
        { "cookie", _ => ApiCredentials.Cookie("sid", "s") },
        { "oauth", provider => ApiCredentials.OAuth(provider) },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public async Task Credentials_of_every_kind_are_refused_over_plain_http_before_anything_is_sent(string kind, Func<CountingTokenProvider, ApiCredentials> create)
    {
        var provider = new CountingTokenProvider();
        using ApiClientCore core = InsecureCore(options => options.Credentials = create(provider));

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => core.SendAsync(new ApiRequest("GET", "/me"), CancellationToken.None));

        Assert.Contains("plain http", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://api.example.invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowInsecureHttp", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
        Assert.True(provider.Calls == 0, kind + ": the provider must not even be asked for a token");
    }

    [Fact]
    public async Task Session_cookies_are_refused_over_plain_http_too()
    {
        using ApiClientCore core = InsecureCore(options => options.Cookies.Add(new Cookie("session", "s", "/", "api.example.invalid")));
        core.Options.UseCookies = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => core.SendAsync(new ApiRequest("GET", "/me"), CancellationToken.None));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Without_credentials_the_same_request_is_sent()
    {
        using ApiClientCore core = InsecureCore();

        await core.SendAsync(new ApiRequest("GET", "/me"), CancellationToken.None);

        RecordedRequest request = Assert.Single(_server.Requests);
        Assert.Equal("api.example.invalid", request.Header("Host"));
    }

    [Fact]
    public async Task AllowInsecureHttp_lets_credentials_go_over_plain_http()
    {
        using ApiClientCore core = InsecureCore(options => options.Credentials = ApiCredentials.Token("t"));
        core.Options.AllowInsecureHttp = true;

        await core.SendAsync(new ApiRequest("GET", "/me"), CancellationToken.None);

        Assert.Equal("Bearer t", Assert.Single(_server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Loopback_hosts_may_receive_credentials_over_plain_http()
    {
        using var core = new ApiClientCore(
            new ApiClientOptions { HttpClient = _http, Credentials = ApiCredentials.Token("t") },
            $"http://localhost:{_server.BaseUri.Port}/");

        await core.SendAsync(new ApiRequest("GET", "/me"), CancellationToken.None);

        Assert.Equal("Bearer t", Assert.Single(_server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_token_endpoint_over_plain_http_is_refused_before_the_client_secret_is_sent()
    {
        var client = new OAuthClientOptions(new OAuthEndpoints(new Uri("http://auth.example.invalid/token")), "id", "secret") { HttpClient = _http };
        var provider = new ClientCredentialsTokenProvider(client);

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync(false, CancellationToken.None).AsTask());

        Assert.Contains("OAuthClientOptions.AllowInsecureHttp", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);

        _server.Map("/token", _ => Reply.Token("tok"));
        client.AllowInsecureHttp = true;
        Assert.Equal("tok", (await provider.GetTokenAsync(false, CancellationToken.None)).Value);
        Assert.Equal("auth.example.invalid", Assert.Single(_server.Requests).Header("Host"));
    }

    // The base address check already refuses plain http at creation; switching the option off afterwards shows the
    // check every request makes.
    private ApiClientCore InsecureCore(Action<ApiClientOptions>? configure = null)
    {
        var options = new ApiClientOptions { HttpClient = _http, AllowInsecureHttp = true };
        configure?.Invoke(options);
        var core = new ApiClientCore(options, InsecureAddress);
        options.AllowInsecureHttp = false;
        return core;
    }
}
