using System.Globalization;
using GitHub;
using GitHubRepos;
using GitHubRepos.Paging;
using GitHubRepos.StandIn;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary><c>GET /user/repos</c> through <c>github.Repos.ListForAuthenticatedUserAsync</c>.</summary>
public sealed class ListRepositoriesTests
{
    [Fact]
    public async Task Sends_the_query_and_returns_the_requested_page()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        IReadOnlyList<Repository> page = await github.Repos.ListForAuthenticatedUserAsync(
            visibility: ReposVisibility.Public, perPage: 10, page: 2);

        StandInRequest request = Assert.Single(standIn.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/user/repos", request.Path);
        Assert.Equal("visibility=public&per_page=10&page=2", request.Query);

        // Every public repository the user reaches (owned, organization, collaborator), sorted by full name.
        StandInRepository[] expected = StandInData.Repositories
            .Where(r => !r.Private)
            .OrderBy(r => r.FullName, StringComparer.OrdinalIgnoreCase)
            .Skip(10)
            .Take(10)
            .ToArray();
        Assert.Equal(expected.Select(r => r.FullName), page.Select(r => r.FullName));
        foreach ((StandInRepository want, Repository got) in expected.Zip(page))
        {
            Assert.Equal(want.Id, got.Id);
            Assert.Equal(want.Owner.Login, got.Owner.Login);
            Assert.Equal(want.Stars, got.StargazersCount);
            Assert.Equal(want.Language, got.Language);
            Assert.Equal(want.Updated, got.UpdatedAt);
            Assert.Equal(want.Pushed, got.PushedAt);
            Assert.Equal("public", got.Visibility);
            Assert.False(got.Private);
        }
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("token")]
    public async Task Sends_the_token_with_its_scheme_and_a_user_agent(string scheme)
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn, StandInData.DemoToken, scheme);

        IReadOnlyList<Repository> repositories = await github.Repos.ListForAuthenticatedUserAsync(perPage: 5);

        Assert.Equal(5, repositories.Count);
        StandInRequest request = Assert.Single(standIn.Requests);
        Assert.Equal(scheme + " " + StandInData.DemoToken, request.Header("Authorization"));
        Assert.Equal(TestClients.UserAgent, request.Header("User-Agent"));
    }

    [Fact]
    public async Task Sends_the_default_user_agent_when_none_is_configured()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn, userAgent: null);

        await github.Repos.ListForAuthenticatedUserAsync(perPage: 1);

        Assert.Equal(ApiClientOptions.DefaultUserAgent, Assert.Single(standIn.Requests).Header("User-Agent"));
        Assert.StartsWith("OpenApiClientGen/", ApiClientOptions.DefaultUserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_time_parameters_are_sent_in_a_format_the_server_understands()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);
        var since = new DateTimeOffset(2025, 6, 1, 2, 0, 0, TimeSpan.FromHours(2));

        IReadOnlyList<Repository> repositories = await github.Repos.ListForAuthenticatedUserAsync(
            affiliation: "owner", since: since, perPage: 100);

        Assert.Equal("affiliation=owner&per_page=100&since=2025-06-01T00%3A00%3A00Z", Assert.Single(standIn.Requests).Query);
        string[] expected = StandInData.Repositories
            .Where(r => r.Affiliation == "owner" && r.Updated > since)
            .Select(r => r.Name)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, repositories.Select(r => r.Name));
    }

    [Fact]
    public async Task The_Link_header_reaches_the_caller_and_leads_through_every_page()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);
        (RequestOptions options, Func<ApiResponseInfo?> last) = TestClients.CaptureResponse();

        await github.Repos.ListForAuthenticatedUserAsync(visibility: ReposVisibility.Public, affiliation: "owner", perPage: 10, requestOptions: options);

        ApiResponseInfo response = Assert.IsType<ApiResponseInfo>(last());
        Assert.Equal(200, response.StatusCode);
        IReadOnlyList<string> link = response.Headers["Link"];
        Uri next = Assert.IsType<Uri>(LinkHeader.Find(link, "next"));
        Uri lastPage = Assert.IsType<Uri>(LinkHeader.Find(link, "last"));
        Assert.Equal(new Uri(standIn.BaseAddress, "user/repos?visibility=public&affiliation=owner&per_page=10&page=2"), next);
        Assert.Equal(3L, LinkHeader.PageNumber(lastPage));
        Assert.Null(LinkHeader.Find(link, "prev"));

        // The sample's pager follows rel="next" until the last page.
        RepositoryListing listing = await RepositoryLister.ListAllAsync(github, ReposVisibility.Public, perPage: 10);

        Assert.Equal(3, listing.Pages);
        Assert.Equal(StandInData.PublicOwnedRepositories.Select(r => r.FullName), listing.Repositories.Select(r => r.FullName));
        Assert.Equal(25, listing.Repositories.Count);
        // The first page is asked for without a page number; the next ones are the server's links as given.
        Assert.Equal(
            new[] { "(none)", "page=2", "page=3" },
            standIn.Requests.Skip(1).Select(r => r.Query.Split('&').SingleOrDefault(p => p.StartsWith("page=", StringComparison.Ordinal)) ?? "(none)"));
        Assert.All(standIn.Requests.Skip(1), r => Assert.Contains("affiliation=owner", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limit_headers_reach_the_caller()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);
        (RequestOptions options, Func<ApiResponseInfo?> last) = TestClients.CaptureResponse();

        await github.Repos.ListForAuthenticatedUserAsync(perPage: 1, requestOptions: options);
        RateLimitSnapshot first = Assert.IsType<RateLimitSnapshot>(RateLimitSnapshot.From(last()!.Headers));
        await github.Repos.ListForAuthenticatedUserAsync(perPage: 1, requestOptions: options);
        RateLimitSnapshot second = Assert.IsType<RateLimitSnapshot>(RateLimitSnapshot.From(last()!.Headers));

        Assert.Equal(GitHubStandIn.RateLimit, first.Limit);
        Assert.Equal(first.Remaining - 1, second.Remaining);
        Assert.Equal(first.Reset, second.Reset);
        Assert.InRange(first.Reset, DateTimeOffset.UtcNow.AddMinutes(50), DateTimeOffset.UtcNow.AddMinutes(61));
        Assert.Equal("core", last()!.Headers["X-RateLimit-Resource"].Single());
        Assert.Equal(
            (GitHubStandIn.RateLimit - second.Remaining).ToString(CultureInfo.InvariantCulture),
            last()!.Headers["X-RateLimit-Used"].Single());
    }

    [Fact]
    public async Task A_422_becomes_ApiValidationException()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        // GitHub rejects type together with visibility or affiliation.
        ApiValidationException error = await Assert.ThrowsAsync<ApiValidationException>(() => github.Repos.ListForAuthenticatedUserAsync(
            visibility: ReposVisibility.Public, type: ReposListForAuthenticatedUserType.Owner).AsTask());

        Assert.Equal(422, error.StatusCode);
        Assert.Contains("you cannot specify type", error.Body, StringComparison.Ordinal);
        Assert.Equal("visibility=public&type=owner", Assert.Single(standIn.Requests).Query);
    }
}
