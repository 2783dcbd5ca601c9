using System.Text;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class AuthenticationTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Fact]
    public async Task Token_credentials_send_the_scheme_and_token()
    {
        using ApiClientCore bearer = server.CreateCore(options => options.Credentials = ApiCredentials.Token("ghp_abc123"));
        using ApiClientCore custom = server.CreateCore(options => options.Credentials = ApiCredentials.Token("ghp_abc123", "token"));

        EchoResponse bearerEcho = await bearer.EchoAsync(new ApiRequest("GET", "/echo"));
        EchoResponse customEcho = await custom.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal("Bearer ghp_abc123", bearerEcho.Header("Authorization"));
        Assert.Equal("token ghp_abc123", customEcho.Header("Authorization"));
    }

    [Fact]
    public async Task Basic_credentials_send_base64_of_utf8_user_and_password()
    {
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Basic("octocat", "pässword:1"));

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("octocat:pässword:1")), echo.Header("Authorization"));
    }

    [Fact]
    public async Task Credentials_changed_on_a_live_client_apply_to_the_next_request()
    {
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Token("first"));

        EchoResponse first = await core.EchoAsync(new ApiRequest("GET", "/echo"));
        core.Options.Credentials = ApiCredentials.Token("second");
        EchoResponse second = await core.EchoAsync(new ApiRequest("GET", "/echo"));
        core.Options.Credentials = null;
        EchoResponse anonymous = await core.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal("Bearer first", first.Header("Authorization"));
        Assert.Equal("Bearer second", second.Header("Authorization"));
        Assert.Null(anonymous.Header("Authorization"));
    }

    [Fact]
    public async Task Clients_sharing_an_HttpClient_keep_their_own_credentials()
    {
        using var shared = new HttpClient();
        using ApiClientCore alice = server.CreateCore(options => { options.HttpClient = shared; options.Credentials = ApiCredentials.Token("alice"); });
        using ApiClientCore bob = server.CreateCore(options => { options.HttpClient = shared; options.Credentials = ApiCredentials.Token("bob"); });

        EchoResponse[] echoes = await Task.WhenAll(alice.EchoAsync(new ApiRequest("GET", "/echo")), bob.EchoAsync(new ApiRequest("GET", "/echo")));

        Assert.Equal("Bearer alice", echoes[0].Header("Authorization"));
        Assert.Equal("Bearer bob", echoes[1].Header("Authorization"));
    }

    public static TheoryData<string, Func<ApiCredentials>> InvalidCredentials() => new()
    {
        { "empty token", () => ApiCredentials.Token("") },
        { "token with CRLF", () => ApiCredentials.Token("abc\r\nX-Injected: 1") },
        { "scheme with space", () => ApiCredentials.Token("abc", "Bear er") },
        { "empty scheme", () => ApiCredentials.Token("abc", "") },
        { "empty user", () => ApiCredentials.Basic("", "secret") },
        { "user with colon", () => ApiCredentials.Basic("a:b", "secret") },
        { "password with LF", () => ApiCredentials.Basic("user", "sec\nret") },
    };

    [Theory]
    [MemberData(nameof(InvalidCredentials))]
    public void Invalid_credentials_are_rejected(string description, Func<ApiCredentials> create)
    {
        Assert.NotEmpty(description);
        Assert.ThrowsAny<ArgumentException>(create);
    }

    [Fact]
    public void Credentials_do_not_reveal_their_secret_when_printed()
    {
        Assert.DoesNotContain("s3cret", ApiCredentials.Token("s3cret").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", ApiCredentials.Basic("user", "s3cret").ToString(), StringComparison.Ordinal);
    }
}
