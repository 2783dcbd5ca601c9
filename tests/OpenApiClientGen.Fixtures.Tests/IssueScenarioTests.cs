using GitHub;
using OpenApiClientGen.Fixtures.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Fixtures.Tests;

/// <summary>
/// Recorded GitHub scenarios — issues and labels: create, update, lock, validation errors, pagination.
/// <see cref="Scenario"/> tells how a recording is replayed and checked.
/// </summary>
[Collection(FixturesServerCollection.Name)]
public sealed class IssueScenarioTests(FixturesServer server)
{
    private const string Org = Scenario.Org;

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
                github.Issues.CreateLabelAsync(Org, "errors", new IssuesCreateLabelRequest { Name = "foo", Color = "invalid" }).AsTask());

            Assert.Equal(422, e.StatusCode);
            ApiValidationError error = Assert.Single(e.Errors);
            Assert.Equal("Label", error.Resource);
            Assert.Equal("color", error.Field);
            Assert.Equal("invalid", error.Code);
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
    public async Task Add_labels_to_issue()
    {
        await using Scenario scenario = await Scenario.LoadAsync(server, "add-labels-to-issue");
        await scenario.RunAsync(async github =>
        {
            Issue issue = await github.Issues.CreateAsync(Org, "add-labels-to-issue", new IssuesCreateRequest { Title = "Issue without a label" });
            Assert.Equal(1L, issue.Number);
            Assert.Empty(issue.Labels);

            IReadOnlyList<Label> labels = await github.Issues.AddLabelsAsync(Org, "add-labels-to-issue", issue.Number, new IssuesAddLabelsRequest
            {
                Labels = ["Foo", "bAr", "baZ"],
            });
            Assert.Equal(3, labels.Count);
        });
    }
}
