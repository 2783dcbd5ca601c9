using Microsoft.CodeAnalysis;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>Small descriptions for naming tests: paths and components given as JSON fragments, generated and compiled.</summary>
internal static class NamingSpec
{
    public static string Text(string paths, string schemas = "") => $$"""
        {
          "openapi": "3.0.3",
          "info": { "title": "Names", "version": "1" },
          "paths": { {{paths}} },
          "components": { "schemas": { {{schemas}} } }
        }
        """;

    /// <summary>A GET operation with one query parameter of the given schema, returning nothing.</summary>
    public static string Get(string path, string operationId, string tag, string parameter, string schema) => $$"""
        "{{path}}": { "get": { "operationId": "{{operationId}}", "tags": [ "{{tag}}" ],
          "parameters": [ { "name": "{{parameter}}", "in": "query", "schema": {{schema}} } ],
          "responses": { "204": { "description": "done" } } } }
        """;

    /// <summary>The names of the public types generated in <c>OpenApiClients</c>.</summary>
    public static HashSet<string> TypeNames(string text) => TypeNames(Generate(text));

    public static HashSet<string> TypeNames(Compilation output) =>
        output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "OpenApiClients").GetTypeMembers()
            .Where(t => t.DeclaredAccessibility == Accessibility.Public).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    public static Compilation Generate(string text)
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec("names.json", text));
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        return output;
    }

    /// <summary>The type of a generated method's parameter, as C# shows it.</summary>
    public static string ParameterType(Compilation output, string group, string method, string parameter) =>
        output.GetTypeByMetadataName("OpenApiClients." + group)!.GetMembers(method).OfType<IMethodSymbol>().Single()
            .Parameters.Single(p => p.Name == parameter).Type.ToDisplayString();
}
