using GitHub;
using GitHubRepos;
using GitHubRepos.StandIn;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>Credentials as GitHub checks them, and how failures reach the caller.</summary>
public sealed class AuthenticationTests
{
    [Fact]
    public async Task Without_credentials_the_call_fails_with_ApiAuthenticationException()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn, token: null);

        ApiAuthenticationException error = await Assert.ThrowsAsync<ApiAuthenticationException>(() => github.Repos.ListForAuthenticatedUserAsync().AsTask());

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("\"message\":\"Requires authentication\"", error.Body, StringComparison.Ordinal);
        Assert.Null(Assert.Single(standIn.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_wrong_token_fails_and_the_sample_reports_it_on_one_line()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn, token: "ghp_wrong", scheme: "token");

        ApiAuthenticationException error = await Assert.ThrowsAsync<ApiAuthenticationException>(() => RepositoryLister.GetLoginAsync(github));

        Assert.Equal("token ghp_wrong", Assert.Single(standIn.Requests).Header("Authorization"));
        string line = ErrorText.Describe(error);
        Assert.DoesNotContain('\n', line);
        Assert.Equal(
            $"GET {standIn.BaseAddress}user failed with 401 Unauthorized: Bad credentials (check the token: --token or GITHUB_TOKEN)",
            line);
    }

    [Fact]
    public async Task Credentials_can_be_replaced_on_a_live_client()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn, token: "ghp_expired");

        await Assert.ThrowsAsync<ApiAuthenticationException>(() => github.Users.GetAuthenticatedAsync().AsTask());
        github.Options.Credentials = ApiCredentials.Token(StandInData.DemoToken);
        UsersGetAuthenticatedResponse user = await github.Users.GetAuthenticatedAsync();

        PrivateUser me = Assert.IsType<PrivateUser>(user.AsPrivateUser());
        Assert.Null(user.AsPublicUser());
        Assert.Equal("octo-dev", me.Login);
        Assert.Equal(25L, me.PublicRepos);
        Assert.Equal(3L, me.TotalPrivateRepos);
        Assert.True(me.TwoFactorAuthentication);
        Assert.Equal(new DateTimeOffset(2019, 5, 23, 19, 12, 6, TimeSpan.Zero), me.CreatedAt);
    }
}
