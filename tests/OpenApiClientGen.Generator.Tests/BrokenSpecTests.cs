using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// One bad schema, reference or constraint never costs the spec its client: it is reported where it is in the spec,
/// becomes <c>JsonElement</c> (or an unchecked value), and everything else generates and compiles without warnings.
/// </summary>
public class BrokenSpecTests
{
    /// <summary>A spec with one good operation (<c>things/list</c> → <c>Thing</c>) around the given parts.</summary>
    private static string Spec(string schemas = "", string paths = "", string components = "") => $$"""
        {
          "openapi": "3.0.3",
          "info": { "title": "Broken", "version": "1" },
          "paths": {
            "/things": { "get": { "operationId": "things/list", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } } }{{paths}}
          },
          "components": {
            "schemas": {
              "Thing": { "type": "object", "properties": { "id": { "type": "integer" } } }{{schemas}}
            }{{components}}
          }
        }
        """;

    /// <summary>An operation <c>{name}/get</c> at <c>/{name}</c> returning the component schema <paramref name="name"/>.</summary>
    private static string Returning(string name) =>
        $$""", "/{{name}}": { "get": { "operationId": "{{name}}/get", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/{{name}}" } } } } } } }""";

    private static (GeneratorDriverRunResult Result, Compilation Output) Generate(string text) =>
        GeneratorHarness.Run(GeneratorHarness.Spec("broken.json", text));

    /// <summary>The zero-based line of the spec that holds <paramref name="marker"/> (the only such line).</summary>
    private static int LineOf(string text, string marker) =>
        Assert.Single(text.Split('\n').Select((line, index) => (line, index)), l => l.line.Contains(marker, StringComparison.Ordinal)).index;

    private static void AssertRestCompiles(GeneratorDriverRunResult result, Compilation output)
    {
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.BrokenClient"));
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.Thing"));
        Assert.NotEmpty(Operations(output).GetMembers("ThingsListAsync"));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OACG0005");
    }

    /// <summary>The spec has no tags, so every operation is in the default group, named by its whole operationId.</summary>
    private static INamedTypeSymbol Operations(Compilation output) => output.GetTypeByMetadataName("OpenApiClients.DefaultOperations")!;

    private static Diagnostic Single(GeneratorDriverRunResult result, string id) =>
        Assert.Single(result.Diagnostics, d => d.Id == id);

    [Theory]
    [InlineData("""
        , "A": { "$ref": "#/components/schemas/A" }
        """, "\"A\": {")]
    [InlineData("""
        , "A": { "$ref": "#/components/schemas/B" },
              "B": { "$ref": "#/components/schemas/A" }
        """, "\"A\": {")]
    public void A_ref_alias_cycle_is_reported_on_the_schema_and_becomes_JsonElement(string schemas, string marker)
    {
        string text = Spec(schemas, Returning("A"));
        var (result, output) = Generate(text);

        Diagnostic diagnostic = Single(result, "OACG0007");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(LineOf(text, marker), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        IMethodSymbol get = (IMethodSymbol)Operations(output).GetMembers("AGetAsync").Single();
        Assert.Equal("OpenApiClientGen.Runtime.ApiCall<System.Text.Json.JsonElement>", get.ReturnType.ToDisplayString());
        AssertRestCompiles(result, output);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_schema_without_a_name_and_references_to_it_are_reported_and_the_rest_generates(string name)
    {
        string text = Spec(
            $$"""
            , "{{name}}": { "type": "object", "properties": { "x": { "type": "string" } } },
                  "Holder": { "type": "object", "properties": { "unnamed": { "$ref": "#/components/schemas/{{name}}" } } }
            """,
            Returning("Holder"));
        var (result, output) = Generate(text);

        Diagnostic schema = Single(result, "OACG0007");
        Assert.Equal(LineOf(text, "\"" + name + "\": {"), schema.Location.GetLineSpan().StartLinePosition.Line);
        Diagnostic reference = Single(result, "OACG0003");
        Assert.Equal(LineOf(text, "\"unnamed\""), reference.Location.GetLineSpan().StartLinePosition.Line);
        var holder = output.GetTypeByMetadataName("OpenApiClients.Holder")!;
        Assert.Equal("System.Text.Json.JsonElement", ((IPropertySymbol)holder.GetMembers("Unnamed").Single()).Type.ToDisplayString());
        AssertRestCompiles(result, output);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_yaml_schema_without_a_name_and_references_to_it_are_reported_and_the_rest_generates(string name)
    {
        // JSON is YAML: the same spec read by the YAML reader.
        string text = Spec(
            $$"""
            , "{{name}}": { "type": "object", "properties": { "x": { "type": "string" } } },
                  "Holder": { "type": "object", "properties": { "unnamed": { "$ref": "#/components/schemas/{{name}}" } } }
            """,
            Returning("Holder"));
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec("broken.yaml", text));

        Single(result, "OACG0007");
        Single(result, "OACG0003");
        var holder = output.GetTypeByMetadataName("OpenApiClients.Holder")!;
        Assert.Equal("System.Text.Json.JsonElement", ((IPropertySymbol)holder.GetMembers("Unnamed").Single()).Type.ToDisplayString());
        AssertRestCompiles(result, output);
    }

    [Fact]
    public void A_chain_of_thousands_of_references_is_cut_with_a_warning_instead_of_overflowing_the_stack()
    {
        // 3,000 components, each holding the next: deep enough to overflow a thread's stack if mapped recursively.
        var chain = new System.Text.StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            chain.Append($$""", "S{{i}}": { "type": "object", "properties": { "next": { "$ref": "#/components/schemas/S{{i + 1}}" } } }""").Append('\n');
        }

        string text = Spec(chain + """, "S3000": { "type": "string" }""", Returning("S0"));
        var (result, output) = Generate(text);

        Diagnostic diagnostic = Single(result, "OACG0007");
        Assert.Contains("'S512' nests more than 512 schemas deep", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(LineOf(text, "\"S512\": {"), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var last = output.GetTypeByMetadataName("OpenApiClients.S511")!;
        Assert.Equal("System.Text.Json.JsonElement", ((IPropertySymbol)last.GetMembers("Next").Single()).Type.ToDisplayString().TrimEnd('?'));
        Assert.Equal("OpenApiClients.S1", ((IPropertySymbol)output.GetTypeByMetadataName("OpenApiClients.S0")!.GetMembers("Next").Single()).Type.ToDisplayString().TrimEnd('?'));
        AssertRestCompiles(result, output);
    }

    [Theory]
    [InlineData("property", """
        , "P": { "type": "object", "properties": { "broken": { "$ref": "#/components/schemas/Missing", "description": "d" } } }
        """, "/P")]
    [InlineData("union", """
        , "P": { "oneOf": [ { "$ref": "#/components/schemas/Missing" }, { "type": "string" } ] }
        """, "/P")]
    [InlineData("alias", """
        , "P": { "$ref": "#/components/schemas/Missing" }
        """, "/P")]
    [InlineData("allOf", """
        , "P": { "allOf": [ { "$ref": "#/components/schemas/Missing" }, { "type": "object", "properties": { "a": { "type": "string" } } } ] }
        """, "/P")]
    public void A_dangling_schema_reference_is_located_and_the_rest_generates(string where, string schemas, string path)
    {
        string text = Spec(schemas, Returning(path.TrimStart('/')));
        var (result, output) = Generate(text);

        Diagnostic diagnostic = Single(result, "OACG0003");
        Assert.True(LineOf(text, "#/components/schemas/Missing") == diagnostic.Location.GetLineSpan().StartLinePosition.Line, where + ": " + diagnostic);
        AssertRestCompiles(result, output);
    }

    [Theory]
    [InlineData("parameter", """
        , "/q": { "get": { "operationId": "q/get", "parameters": [ { "$ref": "#/components/parameters/Missing" } ], "responses": { "204": { "description": "ok" } } } }
        """)]
    [InlineData("success response", """
        , "/r": { "get": { "operationId": "r/get", "responses": { "200": { "$ref": "#/components/responses/Missing" } } } }
        """)]
    [InlineData("error response", """
        , "/r": { "get": { "operationId": "r/get", "responses": { "204": { "description": "ok" }, "404": { "$ref": "#/components/responses/Missing" } } } }
        """)]
    [InlineData("request body", """
        , "/b": { "post": { "operationId": "b/post", "requestBody": { "$ref": "#/components/requestBodies/Missing" }, "responses": { "204": { "description": "ok" } } } }
        """)]
    [InlineData("response header", """
        , "/h": { "get": { "operationId": "h/get", "parameters": [ { "name": "page", "in": "query", "schema": { "type": "integer" } } ], "responses": { "200": { "description": "ok", "headers": { "Link": { "$ref": "#/components/headers/Missing" } }, "content": { "application/json": { "schema": { "type": "array", "items": { "type": "string" } } } } } } } }
        """)]
    [InlineData("binary body schema", """
        , "/m": { "post": { "operationId": "m/post", "requestBody": { "content": { "application/octet-stream": { "schema": { "$ref": "#/components/schemas/Missing" } } } }, "responses": { "204": { "description": "ok" } } } }
        """)]
    [InlineData("parameter schema", """
        , "/s": { "get": { "operationId": "s/get", "parameters": [ { "name": "s", "in": "query", "schema": { "$ref": "#/components/schemas/Missing" } } ], "responses": { "204": { "description": "ok" } } } }
        """)]
    [InlineData("path item", """
        , "/p": { "$ref": "#/components/pathItems/Missing" }
        """)]
    public void A_dangling_reference_anywhere_in_an_operation_is_located_and_the_rest_generates(string where, string paths)
    {
        string text = Spec(paths: paths);
        var (result, output) = Generate(text);

        var references = result.Diagnostics.Where(d => d.Id == "OACG0003").ToList();
        Assert.True(references.Count == 1, where + ": " + string.Join("\n", result.Diagnostics));
        Assert.Equal(LineOf(text, "/Missing"), references[0].Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OACG0004");
        AssertRestCompiles(result, output);
    }

    [Fact]
    public void A_dangling_security_scheme_is_located_and_the_rest_generates()
    {
        string text = Spec(components: """
            ,
                "securitySchemes": {
                  "broken": { "$ref": "#/components/securitySchemes/Missing" },
                  "token": { "type": "http", "scheme": "bearer" }
                }
            """);
        var (result, output) = Generate(text);

        Diagnostic diagnostic = Single(result, "OACG0003");
        Assert.Equal(LineOf(text, "/Missing"), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.NotEmpty(output.GetTypeByMetadataName("OpenApiClients.BrokenClientCredentials")!.GetMembers("Token"));
        AssertRestCompiles(result, output);
    }

    [Fact]
    public void An_optional_parameter_of_any_json_compiles_as_a_nullable_JsonElement()
    {
        string text = Spec(paths: """
            , "/j": { "get": { "operationId": "j/get", "parameters": [ { "name": "filter", "in": "query", "schema": { } } ], "responses": { "204": { "description": "ok" } } } }
            """);
        var (result, output) = Generate(text);

        Assert.Empty(result.Diagnostics);
        IMethodSymbol get = (IMethodSymbol)Operations(output).GetMembers("JGetAsync").Single();
        Assert.Equal("System.Text.Json.JsonElement?", get.Parameters[0].Type.ToDisplayString());
        Assert.True(get.Parameters[0].IsOptional);
        AssertRestCompiles(result, output);
    }

    [Theory]
    [InlineData("/v/{id}", "", "the path variable '{id}' has no path parameter")]
    [InlineData("/v/{id", """{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }""", "unclosed")]
    [InlineData("/v/{}", "", "unclosed or empty")]
    [InlineData("/v", """{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }""", "'id' is not in the path")]
    public void A_path_the_method_could_never_build_is_reported_at_the_operation(string path, string parameter, string reason)
    {
        string text = Spec(paths: $$"""
            , "{{path}}": { "get": { "operationId": "v/get", "parameters": [ {{parameter}} ], "responses": { "204": { "description": "ok" } } } }
            """);
        var (result, output) = Generate(text);

        Diagnostic diagnostic = Single(result, "OACG0008");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(LineOf(text, "\"v/get\""), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        AssertRestCompiles(result, output);
    }

    [Theory]
    [InlineData("""{ "type": "string", "pattern": "[a-" }""", "Pattern(")]
    [InlineData("""{ "type": "integer", "minimum": 10, "maximum": 1 }""", "Range(")]
    [InlineData("""{ "type": "integer", "minimum": 5, "maximum": 5, "exclusiveMaximum": true }""", "Range(")]
    [InlineData("""{ "type": "string", "minLength": 5, "maxLength": 1 }""", "Length(")]
    public void A_constraint_no_value_can_meet_is_reported_and_not_checked(string schema, string check)
    {
        string text = Spec(paths: $$"""
            , "/c": { "get": { "operationId": "c/get", "parameters": [ { "name": "value", "in": "query", "schema": {{schema}} } ], "responses": { "204": { "description": "ok" } } } }
            """);
        var (result, output) = Generate(text);

        Diagnostic diagnostic = Single(result, "OACG0009");
        Assert.Equal(LineOf(text, "\"value\""), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        string group = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("DefaultOperations.g.cs", StringComparison.Ordinal)).ToString();
        Assert.DoesNotContain("ParameterChecks." + check, group, StringComparison.Ordinal);
        AssertRestCompiles(result, output);
    }
}
