using GitHub;
using OpenApiClientGen.Fixtures.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Fixtures.Tests;

/// <summary>
/// Recorded GitHub scenarios — reads: root, repository, organization, search, Markdown, content, archives, notifications.
/// <see cref="Scenario"/> tells how a recording is replayed and checked.
/// </summary>
[Collection(FixturesServerCollection.Name)]
public sealed class ReadScenarioTests(FixturesServer server)
{
    private const string Org = Scenario.Org;

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
    public async Task Markdown()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "markdown");
        await scenario.RunAsync(async github =>
        {
            string html = await github.Markdown.RenderAsync(
                new MarkdownRenderRequest { Text = "### Hello\n\nb597b5d", Context = "octokit-fixture-org/hello-world", Mode = MarkdownMode.Gfm },
                Scenario.Accept("text/html"));
            Assert.StartsWith("<h3 dir=\"auto\">Hello</h3>", html);
            Assert.Contains("b597b5d", html);

            string raw = await github.Markdown.RenderRawAsync("### Hello\n\nb597b5d", Scenario.Accept("text/html"));
            Assert.Contains("Hello", raw);
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
}
