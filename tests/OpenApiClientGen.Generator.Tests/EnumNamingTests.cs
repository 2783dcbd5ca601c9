using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;
using static OpenApiClientGen.Generator.Tests.Infrastructure.NamingSpec;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>Inline enums are named from all their uses, not from the first operation that happens to use them.</summary>
public class EnumNamingTests
{
    private const string Direction = """{ "type": "string", "enum": [ "asc", "desc" ] }""";

    private static readonly string SharedDirection =
        Get("/repos", "repos/list", "repos", "direction", Direction) + ","
        + Get("/issues", "issues/list", "issues", "direction", Direction);

    [Fact]
    public void An_enum_every_use_calls_direction_is_Direction()
    {
        Compilation output = Generate(Text(SharedDirection));

        Assert.Equal("OpenApiClients.Direction?", ParameterType(output, "ReposOperations", "ListAsync", "direction"));
        Assert.Equal("OpenApiClients.Direction?", ParameterType(output, "IssuesOperations", "ListAsync", "direction"));
        Assert.DoesNotContain("ReposListDirection", TypeNames(output));
    }

    [Fact]
    public void Different_enums_wanting_one_name_are_qualified_by_tag_then_by_owner()
    {
        string issueState = """{ "type": "string", "enum": [ "open", "closed", "all" ] }""";
        string pullState = """{ "type": "string", "enum": [ "open", "closed" ] }""";
        string text = Text(
            Get("/issues", "issues/list", "issues", "state", issueState) + ","
            + Get("/issues/mine", "issues/list-mine", "issues", "state", issueState) + ","
            + Get("/pulls", "pulls/list", "pulls", "state", pullState) + ","
            + """
              "/hooks": { "get": { "operationId": "hooks/get", "tags": [ "hooks" ], "responses": { "200": { "description": "ok",
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Hook" } } } } } } }
              """,
            """
            "Hook": { "type": "object", "properties": { "state": { "type": "string", "enum": [ "active", "inactive" ] } } }
            """);

        Compilation output = Generate(text);

        Assert.Equal("OpenApiClients.IssuesState?", ParameterType(output, "IssuesOperations", "ListAsync", "state"));
        Assert.Equal("OpenApiClients.IssuesState?", ParameterType(output, "IssuesOperations", "ListMineAsync", "state"));
        Assert.Equal("OpenApiClients.PullsState?", ParameterType(output, "PullsOperations", "ListAsync", "state"));
        Assert.Equal("OpenApiClients.HookState?", ((IPropertySymbol)output.GetTypeByMetadataName("OpenApiClients.Hook")!.GetMembers("State").Single()).Type.ToDisplayString());
        Assert.DoesNotContain("State", TypeNames(output));
    }

    [Fact]
    public void Adding_an_operation_renames_no_existing_enum_and_order_does_not_matter()
    {
        string sort = """{ "type": "string", "enum": [ "created", "updated" ] }""";
        HashSet<string> before = TypeNames(Text(SharedDirection));

        // Another use of the same enum, an enum of its own, and the paths in the other order.
        HashSet<string> after = TypeNames(Text(
            Get("/teams", "teams/list", "teams", "sort", sort) + ","
            + Get("/gists", "gists/list", "gists", "direction", Direction) + ","
            + Get("/issues", "issues/list", "issues", "direction", Direction) + ","
            + Get("/repos", "repos/list", "repos", "direction", Direction)));

        Assert.Contains("Direction", before);
        Assert.Subset(after, before.Where(n => !n.EndsWith("Operations", StringComparison.Ordinal) && !n.StartsWith("Names", StringComparison.Ordinal)).ToHashSet());
        Assert.Contains("Sort", after);
    }

    [Fact]
    public void An_enum_named_like_a_framework_type_is_qualified_instead_of_suffixed()
    {
        string type = """{ "type": "string", "enum": [ "user", "bot" ] }""";
        var names = TypeNames(Text(
            Get("/users", "users/list", "users", "type", type) + ","
            + Get("/users/search", "users/search", "users", "type", type)));

        // System.Type is under the implicit usings: the tag qualifies the name rather than a "Model" suffix.
        Assert.Contains("UsersType", names);
        Assert.DoesNotContain("TypeModel", names);
        Assert.DoesNotContain("Type", names);
    }

    [Fact]
    public void A_filter_renames_no_enum()
    {
        // Two different enums want `Direction`; which one gets which name depends on all their uses, including the
        // uses of operations a filter leaves out.
        string upDown = """{ "type": "string", "enum": [ "up", "down" ] }""";
        string text = Text(SharedDirection + "," + Get("/issues/mine", "issues/list-mine", "issues", "direction", upDown));

        string full = ParameterType(Generate(text), "ReposOperations", "ListAsync", "direction");
        string filtered = ParameterType(GenerateFiltered(text, ("Tags", "repos")), "ReposOperations", "ListAsync", "direction");

        Assert.NotEqual("OpenApiClients.Direction?", full);
        Assert.Equal(full, filtered);
    }

    private static Compilation GenerateFiltered(string text, (string Option, string Value) option)
    {
        AdditionalText spec = GeneratorHarness.Spec("names.json", text);
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [spec.Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiClientGen_" + option.Option] = option.Value },
        };
        GeneratorHarness.Driver([spec], metadata: metadata)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("namespace Consumer { internal static class Marker { } }"), out Compilation output, out var diagnostics);
        Assert.Empty(diagnostics);
        return output;
    }
}
