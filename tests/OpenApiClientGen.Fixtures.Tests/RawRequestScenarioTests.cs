using System.Text.Json.Nodes;
using GitHub;
using OpenApiClientGen.Fixtures.Tests.Infrastructure;
using OpenApiClientGen.Runtime;
using OpenApiClientGen.Runtime.Json;

namespace OpenApiClientGen.Fixtures.Tests;

/// <summary>
/// Recorded GitHub scenarios — requests no longer in the description, sent through the runtime's raw-request API (<c>client.Core</c>).
/// <see cref="Scenario"/> tells how a recording is replayed and checked.
/// </summary>
[Collection(FixturesServerCollection.Name)]
public sealed class RawRequestScenarioTests(FixturesServer server)
{
    private const string Org = Scenario.Org;

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
