using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Authentication;

public sealed class TokenEndpointErrorTests : IAsyncLifetime
{
    private AuthServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await AuthServer.StartAsync();
        _server.Map("/api", _ => Reply.Ok());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_OAuth_error_response_becomes_an_OAuthException_with_its_fields()
    {
        _server.Map("/token", _ => Reply.Json(
            "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed.\",\"error_uri\":\"https://auth.example.com/errors/invalid_client\"}", 401));

        OAuthException error = await Assert.ThrowsAsync<OAuthException>(() => FetchAsync());

        Assert.IsAssignableFrom<ApiException>(error);
        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.Equal("Client authentication failed.", error.ErrorDescription);
        Assert.Equal(new Uri("https://auth.example.com/errors/invalid_client"), error.ErrorUri);
        Assert.Equal(new OAuthError("invalid_client", "Client authentication failed.", error.ErrorUri), error.Error);
        Assert.Equal(401, error.StatusCode);
        Assert.Equal("POST", error.RequestMethod);
        Assert.Equal(_server.At("token"), error.RequestUri);
        Assert.Contains("invalid_client: Client authentication failed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_member_in_a_200_response_is_an_error_too_as_GitHub_sends_them()
    {
        _server.Map("/token", _ => Reply.OAuthError("bad_verification_code", 200, "The code passed is incorrect or expired."));

        OAuthException error = await Assert.ThrowsAsync<OAuthException>(() => FetchAsync());

        Assert.Equal("bad_verification_code", error.ErrorCode);
        Assert.Equal(200, error.StatusCode);
    }

    [Fact]
    public async Task An_error_status_without_an_OAuth_error_keeps_the_status_and_body()
    {
        _server.Map("/token", _ => new Reply(503, "maintenance", "text/plain"));

        OAuthException error = await Assert.ThrowsAsync<OAuthException>(() => FetchAsync());

        Assert.Null(error.ErrorCode);
        Assert.Null(error.Error);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("maintenance", error.Body);
        Assert.Contains("answered 503", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"token_type\":\"bearer\"}")]
    [InlineData("{\"access_token\":\"\",\"token_type\":\"bearer\"}")]
    [InlineData("{\"access_token\":\"a\\r\\nX-Evil: 1\",\"token_type\":\"bearer\"}")]
    [InlineData("{\"access_token\":\"a\",\"token_type\":\"bear er\"}")]
    [InlineData("{\"access_token\":\"t\u00f6ken\",\"token_type\":\"bearer\"}")]
    [InlineData("not json")]
    public async Task A_success_response_without_a_usable_token_is_an_OAuthException_that_keeps_no_body(string body)
    {
        _server.Map("/token", _ => Reply.Json(body));

        OAuthException error = await Assert.ThrowsAsync<OAuthException>(() => FetchAsync());

        Assert.Null(error.ErrorCode);
        Assert.Null(error.Body);
        Assert.Contains("access_token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_encoded_answer_is_understood_as_GitHub_sends_it_without_Accept_json()
    {
        _server.Map("/token", _ => new Reply(200, "access_token=gho_16C7e42F&scope=repo%2Cgist&token_type=bearer", "application/x-www-form-urlencoded; charset=utf-8"));

        AccessToken token = await FetchTokenAsync();

        Assert.Equal("gho_16C7e42F", token.Value);
        Assert.Equal("Bearer", token.TokenType);
        Assert.Null(token.ExpiresAt);
    }

    [Fact]
    public async Task A_token_failure_during_an_API_call_surfaces_unchanged_and_the_API_is_not_called()
    {
        _server.Map("/token", _ => Reply.OAuthError("invalid_scope"));
        using ApiClientCore core = _server.CreateCore(options => options.Credentials = ApiCredentials.OAuth(Provider()));

        OAuthException error = await Assert.ThrowsAsync<OAuthException>(() => core.SendAsync(new ApiRequest("GET", "/api"), CancellationToken.None));

        Assert.Equal("invalid_scope", error.ErrorCode);
        Assert.Empty(_server.RequestsTo("/api"));
    }

    [Fact]
    public async Task An_unreachable_token_endpoint_is_an_ApiConnectionException_naming_it()
    {
        var endpoint = new Uri(new Uri(ClosedPort.BaseAddress()), "token");
        var provider = new ClientCredentialsTokenProvider(new OAuthClientOptions(new OAuthEndpoints(endpoint), "app", "secret"));

        ApiConnectionException error = await Assert.ThrowsAsync<ApiConnectionException>(() => provider.GetTokenAsync(false, CancellationToken.None).AsTask());

        Assert.Equal(endpoint, error.RequestUri);
    }

    private ClientCredentialsTokenProvider Provider() =>
        new(new OAuthClientOptions(new OAuthEndpoints(_server.At("token")), "app", "secret"));

    private Task FetchAsync() => FetchTokenAsync();

    private async Task<AccessToken> FetchTokenAsync() => await Provider().GetTokenAsync(false, CancellationToken.None);
}
