using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Redirects;

/// <summary>
/// A redirect from https to plain http is refused (an <see cref="ApiException"/> with the 3xx status) unless
/// <see cref="ApiClientOptions.AllowInsecureHttp"/> is set; loopback targets are no exception.
/// </summary>
public sealed class DowngradeTests(ScriptedServer plain) : IClassFixture<ScriptedServer>, IAsyncLifetime
{
    private const string Token = "ghp_downgrade";
    private readonly Counter _plainRequests = new();
    private HttpsServer _https = null!;

    public async Task InitializeAsync()
    {
        plain.Map("/target", context =>
        {
            _plainRequests.Increment();
            return EchoHandler.Respond(context);
        });
        _https = await HttpsServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/to-http" => Redirect(context, new Uri(plain.BaseUri, "/target").AbsoluteUri),
            "/to-https" => Redirect(context, "/target"),
            _ => EchoHandler.Respond(context),
        });
    }

    public async Task DisposeAsync() => await _https.DisposeAsync();

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task An_https_to_http_redirect_is_refused_with_its_status_and_headers(string method)
    {
        using ApiClientCore core = CreateCore(allowInsecureHttp: false);

        ApiException error = await Assert.ThrowsAsync<ApiException>(
            () => core.SendAsync(new ApiRequest(method, "/to-http"), TestJsonContext.Default.EchoResponse, CancellationToken.None));

        Assert.Equal(302, error.StatusCode);
        Assert.Equal(new Uri(plain.BaseUri, "/target").AbsoluteUri, Assert.Single(error.Headers["Location"]));
        Assert.Contains("AllowInsecureHttp", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _plainRequests.Value);
    }

    [Fact]
    public async Task A_download_is_not_redirected_to_http_either()
    {
        using ApiClientCore core = CreateCore(allowInsecureHttp: false);

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => core.SendForStreamAsync(new ApiRequest("GET", "/to-http"), CancellationToken.None));

        Assert.Equal(302, error.StatusCode);
        Assert.Equal(0, _plainRequests.Value);
    }

    [Theory]
    [InlineData("/to-http", true, null)]
    [InlineData("/to-https", false, "Bearer " + Token)]
    public async Task Allowed_redirects_are_followed_with_credentials_only_on_the_same_origin(string path, bool allowInsecureHttp, string? authorization)
    {
        using ApiClientCore core = CreateCore(allowInsecureHttp);

        EchoResponse echo = await core.SendAsync(new ApiRequest("GET", path), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Equal("/target", echo.RawTarget);
        Assert.Equal(authorization, echo.Header("Authorization"));
        Assert.Equal(path == "/to-http" ? 1 : 0, _plainRequests.Value);
    }

    private ApiClientCore CreateCore(bool allowInsecureHttp) =>
        new(
            new ApiClientOptions
            {
                HttpClient = _https.Client,
                Credentials = ApiCredentials.Token(Token),
                AllowInsecureHttp = allowInsecureHttp,
                TimeProvider = new InstantTimeProvider(),
            },
            _https.BaseUri.AbsoluteUri);

    private static Task Redirect(Microsoft.AspNetCore.Http.HttpContext context, string location)
    {
        context.Response.Headers.Location = location;
        return ScriptedServer.Respond(context, 302, "moved");
    }
}
