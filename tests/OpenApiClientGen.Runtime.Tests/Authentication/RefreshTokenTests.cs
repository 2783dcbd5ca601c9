namespace OpenApiClientGen.Runtime.Tests.Authentication;

public sealed class RefreshTokenTests : IAsyncLifetime
{
    private AuthServer _server = null!;

    public async Task InitializeAsync() => _server = await AuthServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_rotated_refresh_token_is_kept_and_announced_and_an_unrotated_one_stays()
    {
        var replies = new Queue<Reply>([Reply.Token("at-1", 3600, refreshToken: "rt-2"), Reply.Token("at-2", 3600)]);
        _server.Map("/token", _ => replies.Dequeue());
        var provider = new RefreshTokenProvider(new OAuthClientOptions(new OAuthEndpoints(_server.At("token")), "app"), "rt-1", scope: "read");
        var announced = new List<string>();
        provider.RefreshTokenChanged += announced.Add;

        AccessToken first = await provider.GetTokenAsync(false, CancellationToken.None);
        AccessToken second = await provider.GetTokenAsync(true, CancellationToken.None);

        RecordedRequest[] requests = _server.RequestsTo("/token");
        Assert.Equal(
            new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = "rt-1", ["scope"] = "read", ["client_id"] = "app" },
            requests[0].Form);
        Assert.Equal("rt-2", requests[1].Form["refresh_token"]);
        Assert.Equal(["at-1", "at-2"], new[] { first.Value, second.Value });
        Assert.Equal("rt-2", provider.RefreshToken);
        Assert.Equal(["rt-2"], announced);
    }

    [Fact]
    public async Task A_refused_refresh_token_is_an_OAuthException()
    {
        _server.Map("/token", _ => Reply.OAuthError("invalid_grant", description: "The refresh token expired."));
        var provider = new RefreshTokenProvider(new OAuthClientOptions(new OAuthEndpoints(_server.At("token")), "app"), "rt-old");

        OAuthException error = await Assert.ThrowsAsync<OAuthException>(() => provider.GetTokenAsync(false, CancellationToken.None).AsTask());

        Assert.Equal("invalid_grant", error.ErrorCode);
        Assert.Equal("The refresh token expired.", error.ErrorDescription);
        Assert.Equal("rt-old", provider.RefreshToken);
    }
}
