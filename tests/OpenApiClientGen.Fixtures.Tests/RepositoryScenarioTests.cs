using GitHub;
using OpenApiClientGen.Fixtures.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Fixtures.Tests;

/// <summary>
/// Recorded GitHub scenarios — repository changes: statuses, files, branch protection, collaborators, renames.
/// <see cref="Scenario"/> tells how a recording is replayed and checked.
/// </summary>
[Collection(FixturesServerCollection.Name)]
public sealed class RepositoryScenarioTests(FixturesServer server)
{
    private const string Org = Scenario.Org;

    [Fact]
    public async Task Create_status()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "create-status");
        const string Sha = "0000000000000000000000000000000000000001";
        await scenario.RunAsync(async github =>
        {
            Status failure = await github.Repos.CreateCommitStatusAsync(Org, "create-status", Sha, new ReposCreateCommitStatusRequest
            {
                State = ReposCreateCommitStatusRequestState.Failure,
                TargetUrl = "https://example.com",
                Description = "create-status failure test",
                Context = "example/1",
            });
            Assert.Equal("failure", failure.State);
            Assert.Equal("example/1", failure.Context);

            Status success = await github.Repos.CreateCommitStatusAsync(Org, "create-status", Sha, new ReposCreateCommitStatusRequest
            {
                State = ReposCreateCommitStatusRequestState.Success,
                TargetUrl = "https://example.com",
                Description = "create-status success test",
                Context = "example/2",
            });
            Assert.Equal("success", success.State);

            IReadOnlyList<Status> statuses = await github.Repos.ListCommitStatusesForRefAsync(Org, "create-status", Sha);
            Assert.Equal(2, statuses.Count);

            CombinedCommitStatus combined = await github.Repos.GetCombinedStatusForRefAsync(Org, "create-status", Sha);
            Assert.Equal("failure", combined.State);
            Assert.Equal(2, combined.Statuses.Count);
        });
    }

    [Fact]
    public async Task Create_file()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "create-file");
        await scenario.RunAsync(async github =>
        {
            FileCommit commit = await github.Repos.CreateOrUpdateFileContentsAsync(
                Org, "create-file", "test.txt", new ReposCreateOrUpdateFileContentsRequest { Message = "create test.txt", Content = "VGVzdCBjb250ZW50" });

            Assert.Equal("test.txt", commit.Content?.Name);
            Assert.Equal("3f3f005b29247e51a4f4d6b8ce07b67646cd6074", commit.Content?.Sha);
            Assert.Equal("create test.txt", commit.Commit.Message);
        });
    }

    [Fact]
    public async Task Branch_protection()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "branch-protection");
        await scenario.RunAsync(async github =>
        {
            ApiNotFoundException notProtected = await Assert.ThrowsAsync<ApiNotFoundException>(() =>
                github.Repos.GetBranchProtectionAsync(Org, "branch-protection", "main").AsTask());
            Assert.False(Scenario.IsReplayMismatch(notProtected), notProtected.Body);
            Assert.Contains("Branch not protected", notProtected.Body);

            ProtectedBranch minimal = await github.Repos.UpdateBranchProtectionAsync(Org, "branch-protection", "main", new ReposUpdateBranchProtectionRequest
            {
                RequiredStatusChecks = null,
                RequiredPullRequestReviews = null,
                Restrictions = null,
                EnforceAdmins = false,
            });
            Assert.Null(minimal.RequiredStatusChecks);
            Assert.False(minimal.EnforceAdmins?.Enabled);

            ProtectedBranch full = await github.Repos.UpdateBranchProtectionAsync(Org, "branch-protection", "main", new ReposUpdateBranchProtectionRequest
            {
#pragma warning disable CS0618 // "contexts" is deprecated by the API, and what the recording sent.
                RequiredStatusChecks = new ReposUpdateBranchProtectionRequestRequiredStatusChecks { Strict = true, Contexts = ["foo/bar"] },
#pragma warning restore CS0618
                RequiredPullRequestReviews = new ReposUpdateBranchProtectionRequestRequiredPullRequestReviews
                {
                    DismissalRestrictions = new ReposUpdateBranchProtectionRequestRequiredPullRequestReviewsDismissalRestrictions
                    {
                        Users = ["octokit-fixture-user-a"],
                        Teams = [],
                    },
                    DismissStaleReviews = true,
                    RequireCodeOwnerReviews = false,
                },
                Restrictions = new ReposUpdateBranchProtectionRequestRestrictions { Users = ["octokit-fixture-user-a"], Teams = ["a-team"] },
                EnforceAdmins = true,
            });
            Assert.True(full.RequiredStatusChecks?.Strict);
#pragma warning disable CS0618
            Assert.Equal(["foo/bar"], full.RequiredStatusChecks?.Contexts);
#pragma warning restore CS0618
            Assert.True(full.EnforceAdmins?.Enabled);

            await github.Repos.DeleteBranchProtectionAsync(Org, "branch-protection", "main");
        });
    }

    [Fact]
    public async Task Add_and_remove_repository_collaborator()
    {
        const string Repo = "add-and-remove-repository-collaborator";
        await using Scenario scenario = await Scenario.LoadAsync(server, Repo);
        await scenario.RunAsync(async github =>
        {
            // 201 with an invitation; 204 (no body, null) would mean the user already collaborates.
            RepositoryInvitation? invitation = await github.Repos.AddCollaboratorAsync(Org, Repo, "octokit-fixture-user-b");
            Assert.NotNull(invitation);
            Assert.Equal(1000L, invitation.Id);

            IReadOnlyList<RepositoryInvitation> invitations = await github.Repos.ListInvitationsAsync(Org, Repo);
            Assert.Equal(invitation.Id, Assert.Single(invitations).Id);

            // The invited user accepts with their own token.
            await github.Repos.AcceptInvitationForAuthenticatedUserAsync(invitation.Id, Scenario.Accept(token: Scenario.TokenB));

            IReadOnlyList<Collaborator> collaborators = await github.Repos.ListCollaboratorsAsync(Org, Repo);
            Assert.Contains(collaborators, collaborator => collaborator.Login == "octokit-fixture-user-b");

            await github.Repos.RemoveCollaboratorAsync(Org, Repo, "octokit-fixture-user-b");

            IReadOnlyList<Collaborator> after = await github.Repos.ListCollaboratorsAsync(Org, Repo);
            Assert.DoesNotContain(after, collaborator => collaborator.Login == "octokit-fixture-user-b");
        });
    }

    [Fact]
    public async Task Rename_repository()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "rename-repository");
        await scenario.RunAsync(async github =>
        {
            FullRepository renamed = await github.Repos.UpdateAsync(Org, "rename-repository", new ReposUpdateRequest { Name = "rename-repository-newname" });
            Assert.Equal("rename-repository-newname", renamed.Name);

            // The old name answers 301 to /repositories/1000.
            FullRepository moved = await github.Repos.GetAsync(Org, "rename-repository");
            Assert.Equal("rename-repository-newname", moved.Name);

            // A PATCH to the old name answers 307: the body is sent again to the new address.
            FullRepository updated = await github.Repos.UpdateAsync(
                Org, "rename-repository", new ReposUpdateRequest { Name = "rename-repository-newname", Description = "test description" });
            Assert.Equal("test description", updated.Description);
        });
    }
}
