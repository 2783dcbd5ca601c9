using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// On GitHub's description (1,200 operations, about 150 generated files), one edit re-emits only the few files
/// that show the edited part: files are cut by identity (a tag, a hash bucket of type names), not by position.
/// </summary>
public class IncrementalOutputTests
{
    [Fact]
    public void Editing_one_property_of_one_schema_re_emits_its_model_and_metadata_files_only()
    {
        GeneratorRunResult result = GitHubGeneration.Rerun(spec => Edit(spec, root =>
            root["components"]!["schemas"]!["simple-user"]!["properties"]!["email"] = new JsonObject { ["type"] = "integer", ["nullable"] = true }));

        // Two types show the member: SimpleUser, and an inline object that had the same shape (and so was SimpleUser)
        // and now is a type of its own. Each is one model file and one metadata file.
        IReadOnlyList<string> emitted = ReEmitted(result);
        Assert.True(emitted.Count <= 4, "re-emitted: " + string.Join(", ", emitted));
        Assert.Contains(emitted, name => name.Contains(".Models.", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("Property<global::GitHub.SimpleUser, global::System.Nullable<long>>(options, \"email\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_a_schema_re_emits_only_the_files_of_its_buckets_and_of_its_user()
    {
        // Named to sort before every other schema: files cut by position would all shift.
        GeneratorRunResult result = GitHubGeneration.Rerun(spec => Edit(spec, root =>
        {
            root["components"]!["schemas"]!["aaa-incremental-widget"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "integer" }, ["label"] = new JsonObject { ["type"] = "string" } },
            };
            root["components"]!["schemas"]!["license-simple"]!["properties"]!["widget"] = new JsonObject { ["$ref"] = "#/components/schemas/aaa-incremental-widget" };
        }));

        // The new type's model and metadata files, and those of LicenseSimple, which gains a member of that type.
        IReadOnlyList<string> emitted = ReEmitted(result);
        Assert.True(emitted.Count <= 4, "re-emitted: " + string.Join(", ", emitted));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("class AaaIncrementalWidget", StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_one_tag_description_re_emits_the_client_and_that_tag_only()
    {
        GeneratorRunResult result = GitHubGeneration.Rerun(spec => Edit(spec, root =>
            root["tags"]!.AsArray().Single(tag => (string?)tag!["name"] == "gitignore")!["description"] = "Templates of .gitignore files."));

        Assert.Equal(new[] { "GitHub.GitHubClient.GitignoreOperations.g.cs", "GitHub.GitHubClient.g.cs" }, ReEmitted(result));
    }

    /// <summary>Files whose slice is new, modified or removed: the ones the driver emits again.</summary>
    private static IReadOnlyList<string> ReEmitted(GeneratorRunResult result) => result.TrackedSteps[TrackingNames.Slices]
        .SelectMany(step => step.Outputs)
        .Where(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Removed)
        .Select(output => ((GeneratedSlice)output.Value).HintName)
        .OrderBy(name => name, StringComparer.Ordinal)
        .ToList();

    private static string Edit(string spec, Action<JsonNode> edit)
    {
        JsonNode root = JsonNode.Parse(spec)!;
        edit(root);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
