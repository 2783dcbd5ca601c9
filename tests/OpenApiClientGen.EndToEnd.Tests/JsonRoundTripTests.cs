using System.Text.Json;
using System.Text.Json.Nodes;
using GitHub;
using GitHubRepos.StandIn;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>Members the description does not know survive a round trip through the generated models.</summary>
public sealed class JsonRoundTripTests
{
    private const string FutureFlags = """{"beta":true,"tiers":[1,2,3],"label":null}""";

    [Fact]
    public async Task Unknown_members_are_kept_and_written_back()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();
        CannedJson.SetRepository(standIn, "sextant", json =>
        {
            json["octo_future_flags"] = JsonNode.Parse(FutureFlags);
            json["star_history_url"] = "https://example.invalid/sextant";
            json["owner"]!["pronouns"] = "they/them";
        });
        await using GitHubClient github = TestClients.For(standIn);

        FullRepository repository = await github.Repos.GetAsync("octo-dev", "sextant");

        Assert.Equal("octo-dev/sextant", repository.FullName);
        Assert.NotNull(repository.AdditionalProperties);
        Assert.Equal(new[] { "octo_future_flags", "star_history_url" }, repository.AdditionalProperties.Keys.Order(StringComparer.Ordinal));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(FutureFlags).RootElement, repository.AdditionalProperties["octo_future_flags"]));
        Assert.Equal("they/them", repository.Owner.AdditionalProperties?["pronouns"].GetString());
        Assert.DoesNotContain("full_name", repository.AdditionalProperties.Keys);

        string written = JsonSerializer.Serialize(repository, GitHubJsonContext.Default.FullRepository);

        using JsonDocument document = JsonDocument.Parse(written);
        JsonElement root = document.RootElement;
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(FutureFlags).RootElement, root.GetProperty("octo_future_flags")));
        Assert.Equal("https://example.invalid/sextant", root.GetProperty("star_history_url").GetString());
        Assert.Equal("they/them", root.GetProperty("owner").GetProperty("pronouns").GetString());
        Assert.Equal("octo-dev/sextant", root.GetProperty("full_name").GetString());
        Assert.Equal(712, root.GetProperty("stargazers_count").GetInt64());
        Assert.Equal("2020-05-11T06:48:15+00:00", root.GetProperty("created_at").GetString());

        // Reading the written JSON again gives the same values.
        FullRepository again = JsonSerializer.Deserialize(written, GitHubJsonContext.Default.FullRepository)!;
        Assert.Equal(repository.Id, again.Id);
        Assert.Equal(repository.CreatedAt, again.CreatedAt);
        Assert.True(JsonElement.DeepEquals(repository.AdditionalProperties["octo_future_flags"], again.AdditionalProperties!["octo_future_flags"]));
    }

    [Fact]
    public async Task A_response_without_optional_members_can_be_written_again()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();

        // Older GitHub Enterprise servers omit newer members such as custom_properties and security_and_analysis.
        CannedJson.SetRepository(standIn, "sextant", json =>
        {
            json.Remove("custom_properties");
            json.Remove("temp_clone_token");
            json.Remove("topics");
        });
        await using GitHubClient github = TestClients.For(standIn);

        FullRepository repository = await github.Repos.GetAsync("octo-dev", "sextant");
        string written = JsonSerializer.Serialize(repository, GitHubJsonContext.Default.FullRepository);

        using JsonDocument document = JsonDocument.Parse(written);
        Assert.Equal("octo-dev/sextant", document.RootElement.GetProperty("full_name").GetString());
    }

    [Fact]
    public void Request_models_serialize_through_the_generated_context_like_the_client_sends_them()
    {
        var body = new ReposCreateForAuthenticatedUserRequest { Name = "x", Homepage = null, AutoInit = true };
        body.AdditionalProperties = new() { ["custom_flag"] = JsonDocument.Parse("\"on\"").RootElement };

        string json = JsonSerializer.Serialize(body, GitHubJsonContext.Default.ReposCreateForAuthenticatedUserRequest);

        Assert.Equal("""{"name":"x","homepage":null,"auto_init":true,"custom_flag":"on"}""", json);
    }
}
