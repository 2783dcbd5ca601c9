using OpenApiClientGen.Generator.Tests.Infrastructure;
using static OpenApiClientGen.Generator.Tests.Infrastructure.NamingSpec;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>Inline alternatives of a union are named after what they hold; OptionN only when nothing tells them apart.</summary>
public class UnionAlternativeNamingTests
{
    private const string Paths = """
        "/rules": { "get": { "operationId": "rules/get", "tags": [ "rules" ], "responses": { "200": { "description": "ok",
          "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Rule" } } } } } } }
        """;

    [Fact]
    public void Alternatives_are_named_by_title_component_single_value_and_own_member()
    {
        var names = TypeNames(Text(Paths, """
            "Rule": { "type": "object", "properties": {
              "target": { "oneOf": [
                { "type": "object", "required": [ "sha" ], "properties": { "sha": { "type": "string" } } },
                { "type": "object", "title": "by tag", "properties": { "tag": { "type": "string" } } },
                { "type": "object", "properties": { "kind": { "type": "string", "enum": [ "branch" ] }, "name": { "type": "string" } } }
              ] },
              "detail": { "$ref": "#/components/schemas/RuleDetailed" },
              "shape": { "oneOf": [
                { "type": "object", "properties": { "size": { "type": "string" } } },
                { "type": "object", "properties": { "size": { "type": "integer" } } }
              ] }
            } },
            "RuleDetailed": { "oneOf": [
              { "allOf": [ { "$ref": "#/components/schemas/RuleCreation" }, { "$ref": "#/components/schemas/RuleInfo" } ] },
              { "allOf": [ { "$ref": "#/components/schemas/RuleUpdate" }, { "$ref": "#/components/schemas/RuleInfo" } ] }
            ] },
            "RuleCreation": { "type": "object", "properties": { "created": { "type": "boolean" } } },
            "RuleUpdate": { "type": "object", "properties": { "updated": { "type": "boolean" } } },
            "RuleInfo": { "type": "object", "properties": { "ruleset_id": { "type": "integer" } } }
            """));

        Assert.Contains("RuleTargetWithSha", names);
        Assert.Contains("RuleTargetByTag", names);
        Assert.Contains("RuleTargetBranch", names);
        Assert.Contains("RuleDetailedCreation", names);
        Assert.Contains("RuleDetailedUpdate", names);

        // Nothing tells these two apart but their position.
        Assert.Contains("RuleShapeOption1", names);
        Assert.Contains("RuleShapeOption2", names);
        Assert.DoesNotContain(names, n => n.StartsWith("RuleTargetOption", StringComparison.Ordinal) || n.StartsWith("RuleDetailedOption", StringComparison.Ordinal));
    }
}
