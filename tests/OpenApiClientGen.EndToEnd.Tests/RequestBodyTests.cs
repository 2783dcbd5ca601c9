using System.Globalization;
using System.Text;
using GitHub;
using GitHubRepos.StandIn;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>JSON request bodies through <c>github.Repos.CreateForAuthenticatedUserAsync</c> (<c>POST /user/repos</c>).</summary>
public sealed class RequestBodyTests
{
    [Fact]
    public async Task Sends_assigned_members_only_with_an_explicit_null_as_buffered_compact_json()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);
        (RequestOptions options, Func<ApiResponseInfo?> last) = TestClients.CaptureResponse();

        FullRepository created = await github.Repos.CreateForAuthenticatedUserAsync(
            new ReposCreateForAuthenticatedUserRequest { Name = "x", Description = null }, options);

        StandInRequest request = Assert.Single(standIn.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/user/repos", request.PathAndQuery);
        Assert.Equal("""{"name":"x","description":null}""", request.Body);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal(Encoding.UTF8.GetByteCount(request.Body).ToString(CultureInfo.InvariantCulture), request.Header("Content-Length"));
        Assert.Null(request.Header("Transfer-Encoding"));
        Assert.Equal("application/json", request.Header("Accept"));

        ApiResponseInfo response = Assert.IsType<ApiResponseInfo>(last());
        Assert.Equal(201, response.StatusCode);
        Assert.Equal(new Uri(standIn.BaseAddress, "repos/octo-dev/x").AbsoluteUri, Assert.Single(response.Headers["Location"]));
        Assert.Equal("x", created.Name);
        Assert.Equal("octo-dev/x", created.FullName);
        Assert.Null(created.Description);
        Assert.Null(created.Language);
        Assert.True(created.Id > 0);

        // The stand-in keeps what was created, like GitHub.
        FullRepository fetched = await github.Repos.GetAsync("octo-dev", "x");
        Assert.Equal(created.Id, fetched.Id);
    }

    [Fact]
    public async Task Writes_assigned_false_values_and_open_enums_in_declaration_order()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        var body = new ReposCreateForAuthenticatedUserRequest
        {
            SquashMergeCommitTitle = SquashMergeCommitTitle.PrTitle,
            HasIssues = false,
            Private = true,
            Name = "notes",
        };
        FullRepository created = await github.Repos.CreateForAuthenticatedUserAsync(body);

        Assert.Equal(
            """{"name":"notes","private":true,"has_issues":false,"squash_merge_commit_title":"PR_TITLE"}""",
            Assert.Single(standIn.Requests).Body);
        Assert.True(created.Private);
        Assert.Equal("private", created.Visibility);
    }

    [Fact]
    public async Task Content_length_counts_utf8_bytes()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        FullRepository created = await github.Repos.CreateForAuthenticatedUserAsync(
            new ReposCreateForAuthenticatedUserRequest { Name = "café-notes", Description = "Notizen über Bücher ✓" });

        StandInRequest request = Assert.Single(standIn.Requests);
        Assert.Equal(Encoding.UTF8.GetByteCount(request.Body).ToString(CultureInfo.InvariantCulture), request.Header("Content-Length"));
        Assert.Equal("café-notes", created.Name);
        Assert.Equal("Notizen über Bücher ✓", created.Description);
    }

    [Fact]
    public async Task A_rejected_body_becomes_ApiValidationException_with_the_error_list()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        await using GitHubClient github = TestClients.For(standIn);

        ApiValidationException error = await Assert.ThrowsAsync<ApiValidationException>(() =>
            github.Repos.CreateForAuthenticatedUserAsync(new ReposCreateForAuthenticatedUserRequest { Name = "aurora-cache" }).AsTask());

        Assert.Equal(422, error.StatusCode);
        Assert.Equal("POST", error.RequestMethod);
        using var body = System.Text.Json.JsonDocument.Parse(error.Body!);
        Assert.Equal("Repository creation failed.", body.RootElement.GetProperty("message").GetString());
        Assert.Equal("name already exists on this account", body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
