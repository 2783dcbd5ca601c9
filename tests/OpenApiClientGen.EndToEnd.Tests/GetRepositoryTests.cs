using GitHub;
using GitHubRepos.StandIn;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary><c>GET /repos/{owner}/{repo}</c> through <c>github.Repos.GetAsync</c>.</summary>
public sealed class GetRepositoryTests
{
    [Fact]
    public async Task Deserializes_a_full_repository()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        FullRepository repository = await github.Repos.GetAsync("octo-dev", "aurora-cache");

        Assert.Equal(345120871L, repository.Id);
        Assert.Equal("aurora-cache", repository.Name);
        Assert.Equal("octo-dev/aurora-cache", repository.FullName);
        Assert.Equal("octo-dev", repository.Owner.Login);
        Assert.Equal(90412337L, repository.Owner.Id);
        Assert.Equal("User", repository.Owner.Type);
        Assert.False(repository.Private);
        Assert.Equal("public", repository.Visibility);
        Assert.Equal("Embeddable LRU/LFU cache with TTLs and metrics", repository.Description);
        Assert.Equal("Rust", repository.Language);
        Assert.Equal(1204L, repository.StargazersCount);
        Assert.Equal(57L, repository.ForksCount);
        Assert.Equal(14L, repository.OpenIssuesCount);
        Assert.Equal("main", repository.DefaultBranch);
        Assert.Equal(new DateTimeOffset(2021, 3, 14, 9, 21, 44, TimeSpan.Zero), repository.CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 6, 12, 17, 3, 11, TimeSpan.Zero), repository.UpdatedAt);
        Assert.Equal(new DateTimeOffset(2025, 6, 12, 17, 3, 8, TimeSpan.Zero), repository.PushedAt);
        Assert.Equal("MIT", repository.License?.SpdxId);
        Assert.Equal(new[] { "cache", "rust", "lru" }, repository.Topics);
        Assert.True(repository.Permissions?.Admin);
        Assert.Equal(SquashMergeCommitTitle.CommitOrPrTitle, repository.SquashMergeCommitTitle);
        Assert.Equal("COMMIT_MESSAGES", repository.SquashMergeCommitMessage?.Value);
        Assert.Null(repository.Organization);
        Assert.Null(repository.MirrorUrl);
        Assert.Equal(new Uri(standIn.BaseAddress, "repos/octo-dev/aurora-cache").AbsoluteUri, repository.Url);

        StandInRequest request = Assert.Single(standIn.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/repos/octo-dev/aurora-cache", request.PathAndQuery);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal("", request.Body);
    }

    [Fact]
    public async Task Null_members_arrive_as_null()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        // An empty repository: GitHub sends null for language, description, homepage and license.
        FullRepository repository = await github.Repos.GetAsync("octo-dev", "lantern-docs");

        Assert.Equal("lantern-docs", repository.Name);
        Assert.Null(repository.Language);
        Assert.Null(repository.Description);
        Assert.Null(repository.Homepage);
        Assert.Null(repository.License);
        Assert.Equal(0L, repository.StargazersCount);
        Assert.Empty(repository.Topics!);
    }

    [Fact]
    public async Task An_unknown_open_enum_value_round_trips()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        CannedJson.SetRepository(standIn, "aurora-cache", json => json["squash_merge_commit_title"] = "BRANCH_NAME_AND_PR_TITLE");
        await using GitHubClient github = TestClients.For(standIn);

        FullRepository repository = await github.Repos.GetAsync("octo-dev", "aurora-cache");

        SquashMergeCommitTitle title = Assert.NotNull(repository.SquashMergeCommitTitle);
        Assert.Equal("BRANCH_NAME_AND_PR_TITLE", title.Value);
        Assert.NotEqual(SquashMergeCommitTitle.PrTitle, title);
        Assert.NotEqual(SquashMergeCommitTitle.CommitOrPrTitle, title);
        Assert.Equal(new SquashMergeCommitTitle("BRANCH_NAME_AND_PR_TITLE"), title);

        string json = System.Text.Json.JsonSerializer.Serialize(repository, GitHubJsonContext.Default.FullRepository);
        Assert.Contains("\"squash_merge_commit_title\":\"BRANCH_NAME_AND_PR_TITLE\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_values_are_escaped_so_a_slash_stays_inside_its_segment()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        // {repo} is a simple expansion: '/' must not add a segment, so GitHub (and the stand-in) find nothing.
        await Assert.ThrowsAsync<ApiNotFoundException>(() => github.Repos.GetAsync("octo-dev", "aurora-cache/git").AsTask());

        Assert.Equal("/repos/octo-dev/aurora-cache%2Fgit", Assert.Single(standIn.Requests).PathAndQuery);
    }

    [Fact]
    public async Task A_404_becomes_ApiNotFoundException_with_status_and_body()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(() => github.Repos.GetAsync("octo-dev", "no-such-repo").AsTask());

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("GET", error.RequestMethod);
        Assert.Equal(new Uri(standIn.BaseAddress, "repos/octo-dev/no-such-repo"), error.RequestUri);
        Assert.NotNull(error.Body);
        using var body = System.Text.Json.JsonDocument.Parse(error.Body);
        Assert.Equal("Not Found", body.RootElement.GetProperty("message").GetString());
        Assert.Equal("https://docs.github.com/rest/repos/repos#get-a-repository", body.RootElement.GetProperty("documentation_url").GetString());
        Assert.Equal(new[] { "application/json; charset=utf-8" }, error.Headers["Content-Type"]);
        Assert.True(error.Headers.ContainsKey("X-RateLimit-Remaining"));
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }
}
