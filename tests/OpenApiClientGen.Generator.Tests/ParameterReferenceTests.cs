using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>Parameters given by <c>$ref</c>: read from their target, with a 3.1 reference's own description kept.</summary>
public sealed class ParameterReferenceTests
{
    private const string Spec = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Refs", "version": "1" },
          "paths": {
            "/orgs/{org}": {
              "get": {
                "operationId": "orgs/get",
                "parameters": [ { "$ref": "#/components/parameters/org", "description": "The organization to read." } ],
                "responses": { "204": { "description": "ok" } }
              }
            },
            "/orgs/{org}/members": {
              "get": {
                "operationId": "orgs/list-members",
                "parameters": [ { "$ref": "#/components/parameters/org" }, { "$ref": "#/components/parameters/per-page" } ],
                "responses": { "204": { "description": "ok" } }
              }
            }
          },
          "components": {
            "parameters": {
              "org": { "name": "org", "in": "path", "required": true, "description": "The organization name.", "schema": { "type": "string" } },
              "per-page": { "name": "per_page", "in": "query", "description": "Results per page.", "schema": { "type": "integer", "maximum": 100 } }
            }
          }
        }
        """;

    [Fact]
    public void Referenced_parameters_keep_their_target_and_a_reference_description_wins()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec("refs.json", Spec));

        Assert.Empty(result.Diagnostics);
        string operations = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("DefaultOperations.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("""<param name="org">The organization to read.</param>""", operations, StringComparison.Ordinal);
        Assert.Contains("""<param name="org">The organization name.</param>""", operations, StringComparison.Ordinal);
        Assert.Contains("""<param name="perPage">Results per page.</param>""", operations, StringComparison.Ordinal);
        Assert.Contains("""QueryParameter("per_page", perPage)""", operations, StringComparison.Ordinal);
        Assert.Contains("""ParameterChecks.Range("perPage", perPage, null, 100d)""", operations, StringComparison.Ordinal);

        var listMembers = output.GetTypeByMetadataName("OpenApiClients.DefaultOperations")!.GetMembers().OfType<IMethodSymbol>().Single(m => m.Name.EndsWith("ListMembersAsync", StringComparison.Ordinal));
        Assert.Equal(["org", "perPage", "requestOptions", "cancellationToken"], listMembers.Parameters.Select(p => p.Name));
    }
}
