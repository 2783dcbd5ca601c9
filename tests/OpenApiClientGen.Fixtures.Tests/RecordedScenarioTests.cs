using System.Text.Json;
using System.Text.Json.Nodes;
using GitHub;
using OpenApiClientGen.Fixtures.Tests.Infrastructure;
using OpenApiClientGen.Runtime;
using OpenApiClientGen.Runtime.Json;

namespace OpenApiClientGen.Fixtures.Tests;

/// <summary>
/// The recorded GitHub scenarios of <c>@octokit/fixtures</c> (scenarios/api.github.com/&lt;name&gt;), replayed by
/// <c>@octokit/fixtures-server</c> and driven through the generated GitHub client. The server checks method, path,
/// query, the recorded headers (Accept, Authorization, Content-Type, Content-Length) and the body of every request,
/// in order; a test passes when every recorded request was sent and the typed results match the recording.
/// </summary>
[Collection(FixturesServerCollection.Name)]
public sealed class RecordedScenarioTests(FixturesServer server)
{
    private const string Org = "octokit-fixture-org";

    [Fact]
    public async Task Get_root()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "get-root");
        await scenario.RunAsync(async github =>
        {
            Root root = await github.Meta.RootAsync();

            Assert.Equal(scenario.Url("user"), root.CurrentUserUrl);
            Assert.Equal(scenario.Url("repos/{owner}/{repo}"), root.RepositoryUrl);
        });
    }

    [Fact]
    public async Task Get_repository()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "get-repository");
        await scenario.RunAsync(async github =>
        {
            FullRepository repository = await github.Repos.GetAsync(Org, "hello-world");

            Assert.Equal(1000L, repository.Id);
            Assert.Equal("hello-world", repository.Name);
            Assert.Equal("octokit-fixture-org/hello-world", repository.FullName);
            Assert.Equal(Org, repository.Owner.Login);
            Assert.Equal("Organization", repository.Owner.Type);
            Assert.False(repository.Private);
            Assert.Null(repository.Description);
            Assert.Equal("master", repository.DefaultBranch);
            Assert.Equal(scenario.Url("repos/octokit-fixture-org/hello-world"), repository.Url);
        });
    }

    [Fact]
    public async Task Get_organization()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "get-organization");
        await scenario.RunAsync(async github =>
        {
            OrganizationFull organization = await github.Orgs.GetAsync(Org);

            Assert.Equal(Org, organization.Login);
            Assert.Equal(1000L, organization.Id);
            Assert.Equal("Organization", organization.Type);
        });
    }

    [Fact]
    public async Task Search_issues()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "search-issues");
        await scenario.RunAsync(async github =>
        {
            SearchIssuesAndPullRequestsResponse result =
                await github.Search.IssuesAndPullRequestsAsync("sesame repo:octokit-fixture-org/search-issues");

            Assert.Equal(2L, result.TotalCount);
            Assert.False(result.IncompleteResults);
            Assert.Equal(2, result.Items.Count);
            Assert.All(result.Items, item => Assert.Contains("sesame", item.Title + item.Body, StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public async Task Labels()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "labels");
        await scenario.RunAsync(async github =>
        {
            IReadOnlyList<Label> before = await github.Issues.ListLabelsForRepoAsync(Org, "labels");
            Assert.DoesNotContain(before, label => label.Name == "test-label");

            Label created = await github.Issues.CreateLabelAsync(Org, "labels", new IssuesCreateLabelRequest { Name = "test-label", Color = "663399" });
            Assert.Equal("test-label", created.Name);
            Assert.Equal("663399", created.Color);

            Label fetched = await github.Issues.GetLabelAsync(Org, "labels", "test-label");
            Assert.Equal(created.Id, fetched.Id);

            Label updated = await github.Issues.UpdateLabelAsync(
                Org, "labels", "test-label", new IssuesUpdateLabelRequest { NewName = "test-label-updated", Color = "BADA55" });
            Assert.Equal("test-label-updated", updated.Name);
            Assert.Equal("bada55", updated.Color, ignoreCase: true);

            await github.Issues.DeleteLabelAsync(Org, "labels", "test-label-updated");
        });
    }

    [Fact]
    public async Task Lock_issue()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "lock-issue");
        await scenario.RunAsync(async github =>
        {
            await github.Issues.LockAsync(Org, "lock-issue", 1);
            await github.Issues.UnlockAsync(Org, "lock-issue", 1);
        });
    }

    [Fact]
    public async Task Errors()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "errors");
        await scenario.RunAsync(async github =>
        {
            ApiValidationException e = await Assert.ThrowsAsync<ApiValidationException>(() =>
                github.Issues.CreateLabelAsync(Org, "errors", new IssuesCreateLabelRequest { Name = "foo", Color = "invalid" }));

            Assert.Equal(422, e.StatusCode);
            ApiValidationError error = Assert.Single(e.Errors);
            Assert.Equal("Label", error.Resource);
            Assert.Equal("color", error.Field);
            Assert.Equal("invalid", error.Code);
        });
    }

    [Fact]
    public async Task Mark_notifications_as_read()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "mark-notifications-as-read");
        await scenario.RunAsync(async github =>
        {
            var status = 0;
            var options = new RequestOptions { OnResponse = response => status = response.StatusCode };

            // The description documents 202 with a body and 205 without one: 205 yields null.
            ActivityMarkNotificationsAsReadResponse? result = await github.Activity.MarkNotificationsAsReadAsync(requestOptions: options);

            Assert.Equal(205, status);
            Assert.Null(result);
        });
    }

    [Fact]
    public async Task Markdown()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "markdown");
        await scenario.RunAsync(async github =>
        {
            string html = await github.Markdown.RenderAsync(
                new MarkdownRenderRequest { Text = "### Hello\n\nb597b5d", Context = "octokit-fixture-org/hello-world", Mode = MarkdownRenderRequestMode.Gfm },
                Scenario.Accept("text/html"));
            Assert.StartsWith("<h3 dir=\"auto\">Hello</h3>", html);
            Assert.Contains("b597b5d", html);

            string raw = await github.Markdown.RenderRawAsync("### Hello\n\nb597b5d", Scenario.Accept("text/html"));
            Assert.Contains("Hello", raw);
        });
    }

    [Fact]
    public async Task Paginate_issues()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "paginate-issues");
        await scenario.RunAsync(async github =>
        {
            var issues = new List<Issue>();
            await foreach (Issue issue in github.Issues.ListForRepoPagedAsync(Org, "paginate-issues", perPage: 3))
            {
                issues.Add(issue);
            }

            Assert.Equal(13, issues.Count);
            Assert.Equal(issues.Count, issues.Select(issue => issue.Number).Distinct().Count());
        });
    }

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
    public async Task Add_labels_to_issue()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "add-labels-to-issue");
        await scenario.RunAsync(async github =>
        {
            Issue issue = await github.Issues.CreateAsync(Org, "add-labels-to-issue", new IssuesCreateRequest { Title = JsonSerializer.SerializeToElement("Issue without a label") });
            Assert.Equal(1L, issue.Number);
            Assert.Empty(issue.Labels);

            IReadOnlyList<Label> labels = await github.Issues.AddLabelsAsync(Org, "add-labels-to-issue", issue.Number, new IssuesAddLabelsRequest
            {
                Labels = [IssuesAddLabelsRequestLabelsItem.From("Foo"), IssuesAddLabelsRequestLabelsItem.From("bAr"), IssuesAddLabelsRequestLabelsItem.From("baZ")],
            });
            Assert.Equal(3, labels.Count);
        });
    }

    [Fact]
    public async Task Branch_protection()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "branch-protection");
        await scenario.RunAsync(async github =>
        {
            ApiNotFoundException notProtected = await Assert.ThrowsAsync<ApiNotFoundException>(() =>
                github.Repos.GetBranchProtectionAsync(Org, "branch-protection", "main"));
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

    [Fact]
    public async Task Get_archive()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "get-archive");
        await scenario.RunAsync(async github =>
        {
            var options = new RequestOptions();
            options.Headers["Accept-Encoding"] = "gzip, compress, deflate, br";
            await using Stream archive = await github.Repos.DownloadTarballArchiveAsync(Org, "get-archive", "main", options);
            using var buffer = new MemoryStream();
            await archive.CopyToAsync(buffer);

            Assert.Equal(176, buffer.Length);
            Assert.Equal(new byte[] { 0x1f, 0x8b }, buffer.ToArray()[..2]);
        });
    }

    [Fact]
    public async Task Get_content()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "get-content");
        await scenario.RunAsync(async github =>
        {
            // An empty multi-segment path names the repository's root: GET …/contents/.
            ReposGetContentResponse root = await github.Repos.GetContentAsync(Org, "hello-world", "");
            ContentDirectoryItem readme = Assert.Single(root.AsContentDirectoryItemList()!);
            Assert.Equal(("README.md", "file", 13L), (readme.Name, readme.Type, readme.Size));

            // The raw media type is not one the description declares for this operation: its body is the file
            // itself, not JSON, so the call goes through the raw-request API and reads text.
            var raw = new ApiRequest("GET", "/repos/{owner}/{repo}/contents/{path}") { Options = Scenario.Accept("application/vnd.github.v3.raw") };
            raw.PathParameter("owner", Org);
            raw.PathParameter("repo", "hello-world");
            raw.PathParameter("path", readme.Path, allowReserved: true);
            string text = await github.Core.SendForTextAsync(raw);

            Assert.Equal("# hello-world", text);
        });
    }

    [Fact]
    public async Task Release_assets()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "release-assets");
        await scenario.RunAsync(async github =>
        {
            Release release = await github.Repos.GetReleaseByTagAsync(Org, "release-assets", "v1.0.0");
            Assert.Equal(1000L, release.Id);

            // The description sends this operation to https://uploads.github.com (mapped to the replay's address).
            ReleaseAsset asset = await github.Repos.UploadReleaseAssetAsync(
                Org, "release-assets", release.Id, "test-upload.txt", "test", HelloWorld(), PlainText());
            Assert.Equal("test-upload.txt", asset.Name);
            Assert.Equal("test", asset.Label);

            IReadOnlyList<ReleaseAsset> assets = await github.Repos.ListReleaseAssetsAsync(Org, "release-assets", release.Id);
            Assert.Equal(asset.Id, Assert.Single(assets).Id);

            ReleaseAsset fetched = await github.Repos.GetReleaseAssetAsync(Org, "release-assets", asset.Id);
            Assert.Equal("test", fetched.Label);

            ReleaseAsset updated = await github.Repos.UpdateReleaseAssetAsync(
                Org, "release-assets", asset.Id, new ReposUpdateReleaseAssetRequest { Name = "new-filename.txt", Label = "new label" });
            Assert.Equal("new-filename.txt", updated.Name);
            Assert.Equal("new label", updated.Label);

            await github.Repos.DeleteReleaseAssetAsync(Org, "release-assets", asset.Id);
        });
    }

    [Fact]
    public async Task Release_assets_conflict()
    {
        const string Repo = "release-assets-conflict";
        await using Scenario scenario = await Scenario.LoadAsync(server, Repo);
        await scenario.RunAsync(async github =>
        {
            Release release = await github.Repos.GetReleaseByTagAsync(Org, Repo, "v1.0.0");

            // Hypermedia: the release's upload_url, an RFC 6570 template ending in {?name,label}.
            ApiValidationException conflict = await Assert.ThrowsAsync<ApiValidationException>(() =>
                github.Core.SendAsync(UploadTo(release.UploadUrl), GitHubJsonContext.Default.ReleaseAsset));
            ApiValidationError error = Assert.Single(conflict.Errors);
            Assert.Equal("ReleaseAsset", error.Resource);
            Assert.Equal("already_exists", error.Code);
            Assert.Equal("name", error.Field);

            ReleaseAsset existing = Assert.Single(await github.Repos.ListReleaseAssetsAsync(Org, Repo, release.Id));
            await github.Repos.DeleteReleaseAssetAsync(Org, Repo, existing.Id);

            ReleaseAsset asset = await github.Core.SendAsync(UploadTo(release.UploadUrl), GitHubJsonContext.Default.ReleaseAsset);
            Assert.Equal(1001L, asset.Id);
            Assert.Equal(("test-upload.txt", "test"), (asset.Name, asset.Label));
        });
    }

    private static ApiRequest UploadTo(string uploadUrl)
    {
        ApiRequest upload = ApiRequest.ForUriTemplate("POST", uploadUrl);
        upload.QueryParameter("name", "test-upload.txt");
        upload.QueryParameter("label", "test");
        upload.BytesBody("Hello, world!\n"u8.ToArray(), "text/plain");
        return upload;
    }

    private static MemoryStream HelloWorld() => new("Hello, world!\n"u8.ToArray());

    // The recording uploaded text/plain; the generated method sends the description's application/octet-stream
    // unless a call says otherwise.
    private static RequestOptions PlainText()
    {
        var options = new RequestOptions();
        options.Headers["Content-Type"] = "text/plain";
        return options;
    }

    [Fact]
    public async Task Git_refs()
    {
        const string Repo = "git-refs";
        await using Scenario scenario = await Scenario.LoadAsync(server, Repo);
        await scenario.RunAsync(async github =>
        {
            // GET /repos/{owner}/{repo}/git/refs/ (every ref) is no longer in the description: raw-request API, typed
            // with the generated metadata.
            IReadOnlyList<GitRef> before = await github.Core.SendAsync(AllRefs(Repo), GitHubJsonContext.Default.GitRefList);
            Assert.Equal("refs/heads/main", Assert.Single(before).Ref);

            GitRef created = await github.Git.CreateRefAsync(Org, Repo, new GitCreateRefRequest
            {
                Ref = "refs/heads/test",
                Sha = "0000000000000000000000000000000000000002",
            });
            Assert.Equal(("refs/heads/test", "0000000000000000000000000000000000000002"), (created.Ref, created.Object.Sha));

            // {ref} is a multi-segment parameter: heads/test keeps its '/'.
            GitRef updated = await github.Git.UpdateRefAsync(Org, Repo, "heads/test", new GitUpdateRefRequest { Sha = "0000000000000000000000000000000000000001" });
            Assert.Equal("0000000000000000000000000000000000000001", updated.Object.Sha);

            IReadOnlyList<GitRef> after = await github.Core.SendAsync(AllRefs(Repo), GitHubJsonContext.Default.GitRefList);
            Assert.Equal(["refs/heads/main", "refs/heads/test"], after.Select(reference => reference.Ref));

            await github.Git.DeleteRefAsync(Org, Repo, "heads/test");
        });
    }

    private static ApiRequest AllRefs(string repo)
    {
        var request = new ApiRequest("GET", "/repos/{owner}/{repo}/git/refs/");
        request.PathParameter("owner", Org);
        request.PathParameter("repo", repo);
        return request;
    }

    [Fact]
    public async Task Project_cards()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "project-cards");
        await scenario.RunAsync(async github =>
        {
            // Projects (classic) were removed from the description: every call goes through the raw-request API
            // with untyped JSON.
            JsonNode first = await github.Core.SendAsync(Card("POST", "/projects/columns/{column_id}/cards", ("column_id", 1000), new JsonObject { ["note"] = "Example card 1" }), RawJsonContext.Default.JsonNode);
            JsonNode second = await github.Core.SendAsync(Card("POST", "/projects/columns/{column_id}/cards", ("column_id", 1000), new JsonObject { ["note"] = "Example card 2" }), RawJsonContext.Default.JsonNode);
            Assert.Equal((1000L, 1001L), ((long)first["id"]!, (long)second["id"]!));

            JsonNode cards = await github.Core.SendAsync(Card("GET", "/projects/columns/{column_id}/cards", ("column_id", 1000)), RawJsonContext.Default.JsonNode);
            Assert.Equal(["Example card 2", "Example card 1"], cards.AsArray().Select(card => (string?)card!["note"]));

            JsonNode fetched = await github.Core.SendAsync(Card("GET", "/projects/columns/cards/{card_id}", ("card_id", 1000)), RawJsonContext.Default.JsonNode);
            Assert.Equal("Example card 1", (string?)fetched["note"]);

            JsonNode updated = await github.Core.SendAsync(
                Card("PATCH", "/projects/columns/cards/{card_id}", ("card_id", 1000), new JsonObject { ["note"] = "Example card 1 updated" }), RawJsonContext.Default.JsonNode);
            Assert.Equal("Example card 1 updated", (string?)updated["note"]);

            await github.Core.SendAsync(Card("POST", "/projects/columns/cards/{card_id}/moves", ("card_id", 1000), new JsonObject { ["position"] = "top", ["column_id"] = 1001 }));
            await github.Core.SendAsync(Card("POST", "/projects/columns/cards/{card_id}/moves", ("card_id", 1001), new JsonObject { ["position"] = "bottom", ["column_id"] = 1001 }));
            await github.Core.SendAsync(Card("POST", "/projects/columns/cards/{card_id}/moves", ("card_id", 1000), new JsonObject { ["position"] = "after:1001" }));
            await github.Core.SendAsync(Card("DELETE", "/projects/columns/cards/{card_id}", ("card_id", 1000)));
        });
    }

    private static ApiRequest Card(string method, string path, (string Name, long Value) id, JsonObject? body = null)
    {
        var request = new ApiRequest(method, path);
        request.PathParameter(id.Name, id.Value);
        if (body is not null)
        {
            request.JsonBody(body, RawJsonContext.Default.JsonObject);
        }

        return request;
    }
}
