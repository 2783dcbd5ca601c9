namespace OpenApiClientGen.Runtime.Tests.Authentication;

public sealed class CredentialValidationTests
{
    private static readonly OAuthEndpoints TokenOnly = new(new Uri("https://auth.example.com/token"));

    public static TheoryData<string, Func<object>> InvalidValues() => new()
    {
        { "basic token empty", () => ApiCredentials.BasicToken("") },
        { "basic token with CR", () => ApiCredentials.BasicToken("ab\rc") },
        { "basic token user with colon", () => ApiCredentials.BasicToken("t", "a:b") },
        { "basic token user with LF", () => ApiCredentials.BasicToken("t", "a\nb") },
        { "api key empty name", () => ApiCredentials.ApiKey("", "v") },
        { "api key empty value", () => ApiCredentials.ApiKey("X-Key", "") },
        { "api key header value with CRLF", () => ApiCredentials.ApiKey("X-Key", "v\r\nX-Evil: 1") },
        { "api key header value with tab", () => ApiCredentials.ApiKey("X-Key", "v\t1") },
        { "api key header name with space", () => ApiCredentials.ApiKey("X Key", "v") },
        { "api key header name with colon", () => ApiCredentials.ApiKey("X-Key:", "v") },
        { "api key header value not ASCII", () => ApiCredentials.ApiKey("X-Key", "välue") },
        { "api key query value with LF", () => ApiCredentials.ApiKey("key", "a\nb", ApiKeyLocation.Query) },
        { "api key query name with NUL", () => ApiCredentials.ApiKey("ke\0y", "v", ApiKeyLocation.Query) },
        { "api key query empty value", () => ApiCredentials.ApiKey("key", "", ApiKeyLocation.Query) },
        { "api key cookie value with semicolon", () => ApiCredentials.ApiKey("sid", "a;b", ApiKeyLocation.Cookie) },
        { "api key unknown location", () => ApiCredentials.ApiKey("k", "v", (ApiKeyLocation)7) },
        { "cookie value with space", () => ApiCredentials.Cookie("sid", "a b") },
        { "cookie value with CRLF", () => ApiCredentials.Cookie("sid", "a\r\nb") },
        { "cookie value with comma", () => ApiCredentials.Cookie("sid", "a,b") },
        { "cookie name with equals", () => ApiCredentials.Cookie("s=id", "v") },
        { "cookie empty value", () => ApiCredentials.Cookie("sid", "") },
        { "oauth without provider", () => ApiCredentials.OAuth(null!) },
        { "access token empty", () => new AccessToken("", null) },
        { "access token with CRLF", () => new AccessToken("a\r\nAuthorization: x", null) },
        { "access token changed to LF", () => new AccessToken("t", null) with { Value = "x\ny" } },
        { "access token type with space", () => new AccessToken("t", null, "Bear er") },
        { "access token type with LF", () => new AccessToken("t", null, "Bearer\n") },
        { "client id empty", () => new OAuthClientOptions(OAuthEndpoints.GitHub, "") },
        { "client id with LF", () => new OAuthClientOptions(OAuthEndpoints.GitHub, "id\n") },
        { "client secret empty", () => new OAuthClientOptions(OAuthEndpoints.GitHub, "id", "") },
        { "client secret with CR", () => new OAuthClientOptions(OAuthEndpoints.GitHub, "id", "s\r") },
        { "refresh token empty", () => new RefreshTokenProvider(new OAuthClientOptions(TokenOnly, "id"), "") },
        { "refresh token with CR", () => new RefreshTokenProvider(new OAuthClientOptions(TokenOnly, "id"), "r\r") },
        { "scope with LF", () => new ClientCredentialsTokenProvider(new OAuthClientOptions(TokenOnly, "id", "secret"), "repo\nx") },
        { "client credentials without secret", () => new ClientCredentialsTokenProvider(new OAuthClientOptions(TokenOnly, "id")) },
        { "device flow without device endpoint", () => new DeviceAuthorizationFlow(new OAuthClientOptions(TokenOnly, "id"), _ => { }) },
        { "relative endpoint", () => new OAuthEndpoints(new Uri("/token", UriKind.Relative)) },
        { "ftp endpoint", () => new OAuthEndpoints(new Uri("ftp://auth.example.com/token")) },
        { "endpoint with user info", () => new OAuthEndpoints(new Uri("https://id:secret@auth.example.com/token")) },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Invalid_values_are_rejected_when_the_credentials_are_created(string description, Func<object> create)
    {
        Assert.NotEmpty(description);
        Assert.ThrowsAny<ArgumentException>(create);
    }

    [Fact]
    public void Messages_about_invalid_secrets_do_not_repeat_the_secret()
    {
        ArgumentException header = Assert.ThrowsAny<ArgumentException>(() => ApiCredentials.ApiKey("X-Key", "s3cret\r\n"));
        ArgumentException cookie = Assert.ThrowsAny<ArgumentException>(() => ApiCredentials.Cookie("sid", "s3cret;"));
        ArgumentException token = Assert.ThrowsAny<ArgumentException>(() => new AccessToken("s3cret\n", null));

        Assert.DoesNotContain("s3cret", header.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", cookie.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", token.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_and_tokens_do_not_reveal_secrets_when_printed()
    {
        var client = new OAuthClientOptions(TokenOnly, "my-app", "s3cret");
        object[] printable =
        [
            ApiCredentials.BasicToken("s3cret"),
            ApiCredentials.ApiKey("X-Key", "s3cret"),
            ApiCredentials.ApiKey("key", "s3cret", ApiKeyLocation.Query),
            ApiCredentials.Cookie("sid", "s3cret"),
            new AccessToken("s3cret", DateTimeOffset.UnixEpoch),
            client,
            new RefreshTokenProvider(client, "s3cret"),
        ];

        Assert.All(printable, item => Assert.DoesNotContain("s3cret", item.ToString(), StringComparison.Ordinal));
        Assert.Contains("X-Key", printable[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bearer_token_type_is_written_the_standard_way_and_others_are_kept()
    {
        Assert.Equal("Bearer", new AccessToken("t", null, "bearer").TokenType);
        Assert.Equal("Bearer", new AccessToken("t", null).TokenType);
        Assert.Equal("DPoP", new AccessToken("t", null, "DPoP").TokenType);
    }
}
