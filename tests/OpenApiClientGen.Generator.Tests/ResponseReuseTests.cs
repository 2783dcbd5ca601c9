using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;
using static OpenApiClientGen.Generator.Tests.Infrastructure.NamingSpec;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>An inline response schema that repeats a component is that component's type.</summary>
public class ResponseReuseTests
{
    private const string IssueSchema = """
        { "type": "object", "required": [ "id" ], "description": "DESCRIPTION",
          "properties": { "id": { "type": "integer" }, "title": { "type": "string", "description": "DESCRIPTION" },
            "labels": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" } } } } } }
        """;

    private static string Operation(string path, string method, string operationId, string schema, string? body = null) => $$"""
        "{{path}}": { "{{method}}": { "operationId": "{{operationId}}", "tags": [ "issues" ],
          {{(body is null ? "" : "\"requestBody\": { \"content\": { \"application/json\": { \"schema\": " + body + " } } },")}}
          "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {{schema}} } } } } } }
        """;

    [Fact]
    public void An_inline_response_identical_to_a_component_returns_the_component()
    {
        string extended = IssueSchema.Replace("\"id\": { \"type\": \"integer\" },", "\"id\": { \"type\": \"integer\" }, \"suggestions\": { \"type\": \"string\" },", StringComparison.Ordinal);
        Compilation output = Generate(Text(
            Operation("/issues/one", "patch", "issues/update", IssueSchema.Replace("DESCRIPTION", "Another text", StringComparison.Ordinal), body: IssueSchema) + ","
            + Operation("/issues", "get", "issues/list", """{ "type": "array", "items": """ + IssueSchema + " }") + ","
            + Operation("/issues/more", "get", "issues/get-more", extended),
            "\"Issue\": " + IssueSchema));
        INamedTypeSymbol issues = output.GetTypeByMetadataName("OpenApiClients.IssuesOperations")!;
        string Returns(string method) => ((INamedTypeSymbol)issues.GetMembers(method).OfType<IMethodSymbol>().Single().ReturnType).TypeArguments.Single().ToDisplayString();

        Assert.Equal("OpenApiClients.Issue", Returns("UpdateAsync"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<OpenApiClients.Issue>", Returns("ListAsync"));
        Assert.DoesNotContain("IssuesUpdateResponse", TypeNames(output));

        // A response with one more member is another type; a request body keeps its own name.
        Assert.Equal("OpenApiClients.IssuesGetMoreResponse", Returns("GetMoreAsync"));
        Assert.Contains("IssuesUpdateRequest", TypeNames(output));
    }
}
