using System.Text.Json.Nodes;
using GitHubRepos.StandIn;

namespace OpenApiClientGen.EndToEnd.Tests.Infrastructure;

/// <summary>Payloads built from the stand-in's own data, changed by a test and served through <see cref="GitHubStandIn.SetResponse"/>.</summary>
internal static class CannedJson
{
    public static StandInRepository Owned(string name) =>
        StandInData.Repositories.Single(r => r.Owner == StandInData.User && r.Name == name);

    /// <summary>Makes <c>GET /repos/octo-dev/{name}</c> answer with the repository's JSON after <paramref name="change"/>.</summary>
    public static JsonObject SetRepository(GitHubStandIn standIn, string name, Action<JsonObject> change)
    {
        JsonObject json = StandInData.RepositoryJson(Owned(name), standIn.BaseAddress, full: true);
        change(json);
        standIn.SetResponse("GET", "/repos/octo-dev/" + name, 200, json.ToJsonString());
        return json;
    }
}
