using GitHub;
using GitHubRepos.StandIn;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>A path parameter marked <c>x-multi-segment</c> (a git ref) keeps its '/' and nothing else.</summary>
public sealed class PathParameterTests
{
    [Fact]
    public async Task A_multi_segment_ref_keeps_its_slash()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        GitRef reference = await github.Git.GetRefAsync("octo-dev", "aurora-cache", "heads/main");

        Assert.Equal("/repos/octo-dev/aurora-cache/git/ref/heads/main", Assert.Single(standIn.Requests).PathAndQuery);
        Assert.Equal("refs/heads/main", reference.Ref);
        Assert.Equal("commit", reference.Object.Type);
        Assert.Equal(StandInData.CommitSha(CannedJson.Owned("aurora-cache")), reference.Object.Sha);
        Assert.Equal(40, reference.Object.Sha.Length);
    }

    [Fact]
    public async Task Characters_that_would_end_the_path_are_still_escaped()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        await Assert.ThrowsAsync<ApiNotFoundException>(() => github.Git.GetRefAsync("octo-dev", "aurora-cache", "heads/fix?#12 ü").AsTask());

        Assert.Equal("/repos/octo-dev/aurora-cache/git/ref/heads/fix%3F%2312%20%C3%BC", Assert.Single(standIn.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Dot_segments_cannot_walk_up_the_path()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => github.Git.GetRefAsync("octo-dev", "aurora-cache", "../../../../user").AsTask());

        Assert.Contains("'ref'", error.Message, StringComparison.Ordinal);
        Assert.Empty(standIn.Requests);
    }
}
