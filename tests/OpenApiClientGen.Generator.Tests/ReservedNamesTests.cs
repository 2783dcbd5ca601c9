using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// Whatever a spec names its schemas, tags and parameters, the client compiles without warnings in a fresh
/// <c>dotnet new console</c> project (implicit usings on) that imports the client's namespace, and the user's own
/// unqualified <c>Environment</c>, <c>Task</c>, <c>Uri</c>, <c>File</c>, <c>Type</c> and <c>Stream</c> still mean the framework's.
/// </summary>
public class ReservedNamesTests
{
    private static readonly string[] FrameworkNamed = { "Environment", "Task", "Type", "Uri", "Object", "Stream", "File", "Action", "Version", "HttpMethod", "Index" };
    private static readonly string[] ObjectNamed = { "Equals", "ToString", "GetHashCode", "GetType", "MemberwiseClone", "Finalize" };

    private static string Spec()
    {
        IEnumerable<string> names = FrameworkNamed.Concat(ObjectNamed).Append(string.Empty);
        string schemas = string.Join(",\n", names.Select(n => $$"""
                "{{n}}": { "type": "object", "properties": { "equals": { "type": "string" }, "toString": { "type": "string" }, "getType": { "type": "string" }, "additionalProperties": { "type": "string" }, "isAssigned": { "type": "boolean" }, "{{n}}": { "type": "integer" } } }
            """));
        string everything = string.Join(", ", names.Where(n => n.Length > 0).Select(n => $$"""
            "{{n.ToLowerInvariant()}}": { "$ref": "#/components/schemas/{{n}}" }
            """));
        return $$"""
            {
              "openapi": "3.0.3",
              "info": { "title": "Names", "version": "1" },
              "paths": {
                "/core/{cancellationToken}": {
                  "post": {
                    "operationId": "Core/send", "tags": [ "Core" ],
                    "parameters": [
                      { "name": "cancellationToken", "in": "path", "required": true, "schema": { "type": "string" } },
                      { "name": "requestOptions", "in": "query", "schema": { "type": "string" } },
                      { "name": "__request", "in": "query", "schema": { "type": "string" } },
                      { "name": "body", "in": "header", "schema": { "type": "string" } }
                    ],
                    "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Equals" } } } },
                    "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "object", "properties": { {{everything}} } } } } } }
                  }
                },
                "/rate": { "get": { "operationId": "LastRateLimit/get", "tags": [ "LastRateLimit" ], "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Task" } } } } } } } },
                "/dispose": { "get": { "operationId": "dispose", "tags": [ "Dispose" ], "responses": { "204": { "description": "ok" } } } },
                "/options": { "get": { "operationId": "options", "tags": [ "Options", "CheckConnectionAsync" ], "responses": { "204": { "description": "ok" } } } }
              },
              "components": {
                "schemas": {
            {{schemas}}
                }
              }
            }
            """;
    }

    private const string ImplicitUsings = GeneratorHarness.ImplicitUsings + "\nglobal using global::OpenApiClients;";

    private const string UserCode = """
        namespace Consumer;

        internal static class Program
        {
            public static async Task<int> Main()
            {
                string? home = Environment.GetEnvironmentVariable("HOME");
                await Task.Delay(1);
                var address = new Uri("https://example.com/");
                bool exists = File.Exists(home ?? "x");
                Type type = typeof(Program);
                using Stream stream = new MemoryStream();
                Action noop = () => { };
                Version version = new(1, 0);
                using var client = new NamesClient(new NamesClientOptions { BaseAddress = address });
                EnvironmentModel model = new() { Environment = 1 };
                return exists && type.Name.Length > 0 && version.Major > 0 && model.Environment > 0 ? 0 : 1;
            }
        }
        """;

    private static (GeneratorDriverRunResult Result, Compilation Output) Generate()
    {
        CSharpCompilation consumer = GeneratorHarness.Compilation(ImplicitUsings, UserCode)
            .WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Spec("names.json", Spec()) })
            .RunGeneratorsAndUpdateCompilation(consumer, out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    [Fact]
    public void Names_taken_by_the_framework_or_base_classes_compile_without_warnings_beside_implicit_usings()
    {
        var (result, output) = Generate();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "OACG0005" or "OACG0001");
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void Framework_and_object_names_get_Model_appended()
    {
        var (_, output) = Generate();
        INamespaceSymbol generated = output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "OpenApiClients");
        var typeNames = generated.GetTypeMembers().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        foreach (string name in FrameworkNamed.Concat(ObjectNamed))
        {
            Assert.DoesNotContain(name, typeNames);
            Assert.Contains(name + "Model", typeNames);
        }
    }

    [Fact]
    public void Tags_and_parameters_named_like_client_members_are_renamed()
    {
        var (_, output) = Generate();
        INamedTypeSymbol client = output.GetTypeByMetadataName("OpenApiClients.NamesClient")!;

        Assert.Empty(client.GetMembers("Core"));
        Assert.Empty(client.GetMembers("LastRateLimit"));
        Assert.Equal("CoreOperations", ((IPropertySymbol)client.GetMembers("CoreValue").Single()).Type.Name);
        Assert.Equal("LastRateLimitOperations", ((IPropertySymbol)client.GetMembers("LastRateLimitValue").Single()).Type.Name);
        Assert.Equal("DisposeOperations", ((IPropertySymbol)client.GetMembers("DisposeValue").Single()).Type.Name);

        IMethodSymbol send = (IMethodSymbol)output.GetTypeByMetadataName("OpenApiClients.CoreOperations")!.GetMembers("SendAsync").Single();
        Assert.Equal(
            new[] { "cancellationToken2", "body2", "requestOptions2", "request", "body", "requestOptions", "cancellationToken" },
            send.Parameters.Select(p => p.Name));
    }
}
