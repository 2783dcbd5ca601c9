using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>A broken spec yields a located OACG diagnostic, never a crash, and never costs other specs their output.</summary>
public class DiagnosticsTests
{
    private const string DanglingRef = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Broken", "version": "1" },
          "paths": {
            "/things": {
              "get": {
                "operationId": "things/list",
                "responses": {
                  "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Missing" } } } }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public void Invalid_json_is_reported_at_its_line_in_the_spec()
    {
        string text = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": { \"/a\": \n";
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Spec("broken.json", text));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OACG0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.EndsWith("broken.json", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 3, diagnostic.ToString());
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Dangling_ref_points_at_the_ref_and_the_rest_still_generates()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec("dangling.json", DanglingRef));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OACG0003", diagnostic.Id);
        Assert.Contains("#/components/schemas/Missing", diagnostic.GetMessage(), StringComparison.Ordinal);
        int refLine = DanglingRef.Split('\n').ToList().FindIndex(l => l.Contains("$ref", StringComparison.Ordinal));
        Assert.Equal(refLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.DanglingClient"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void GitHub_spec_errors_are_warnings_located_at_the_duplicate_paths()
    {
        string text = File.ReadAllText(GeneratorHarness.SpecPath("api.github.com.json"));
        var lines = text.Split('\n');
        var warnings = GitHubGeneration.Result.Diagnostics.Where(d => d.Id == "OACG0002").ToList();

        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.Contains("/attestations/{subject_digest}\"", lines[w.Location.GetLineSpan().StartLinePosition.Line], StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_spec_does_not_cost_another_spec_its_output()
    {
        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.Spec("broken.json", "{ \"openapi\": \"3.0.3\", not json"),
            GeneratorHarness.Spec("features.json"));

        Assert.Contains(result.Diagnostics, d => d.Id == "OACG0001");
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.FeaturesClient"));
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_line_in_the_spec()
    {
        const string yaml = "openapi: 3.0.3\ninfo: { title: x, version: \"1\" }\npaths:\n  /a:\n    get: [unclosed\n";
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Spec("broken.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OACG0001", diagnostic.Id);
        Assert.EndsWith("broken.yaml", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 4, diagnostic.ToString());
        Assert.Empty(result.GeneratedTrees);
    }

    [Theory]
    [InlineData("")]
    [InlineData("      - $ref: '#/paths/~1b/get/parameters/0'\n")]
    public void Yaml_aliases_that_would_expand_without_bound_are_an_error_not_a_hang(string deepReference)
    {
        // Nine levels of nine aliases each: 9^9 nodes if expanded. The second case goes through the reference rewrite,
        // which reads the YAML itself.
        var yaml = new System.Text.StringBuilder("openapi: 3.0.3\ninfo: { title: Bomb, version: \"1\" }\nx-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++)
        {
            yaml.Append($"x-l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 9))}]\n");
        }

        yaml.Append("paths:\n  /a:\n    get:\n      parameters:\n").Append(deepReference)
            .Append("      responses: { \"204\": { description: none } }\n")
            .Append("  /b:\n    get:\n      parameters:\n      - { name: q, in: query, schema: { type: string } }\n      responses: { \"204\": { description: none } }\n");
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Spec("bomb.yaml", yaml.ToString()));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OACG0001", diagnostic.Id);
        Assert.Contains("alias", diagnostic.GetMessage(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("deep.yaml")]
    [InlineData("deep.json")]
    public void Nesting_a_hundred_thousand_deep_is_an_error_at_its_line_not_a_stack_overflow(string file)
    {
        string nested = new string('[', 100_000) + new string(']', 100_000);
        string text = file.EndsWith(".yaml", StringComparison.Ordinal)
            ? "openapi: 3.0.3\ninfo: { title: Deep, version: \"1\" }\nx-deep: " + nested + "\npaths: {}\n"
            : "{\n\"openapi\": \"3.0.3\", \"info\": { \"title\": \"Deep\", \"version\": \"1\" },\n\"x-deep\": " + nested + ",\n\"paths\": {}\n}\n";
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Spec(file, text));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OACG0001", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_dangling_ref_in_a_yaml_spec_is_located_at_its_line_and_column()
    {
        const string yaml = """
            openapi: 3.0.3
            info: { title: Dangling, version: "1" }
            paths:
              /things:
                get:
                  operationId: things/list
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Missing'
            """;
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec("dangling.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OACG0003", diagnostic.Id);
        var (line, column) = PositionOf(yaml, "$ref");
        var at = diagnostic.Location.GetLineSpan();
        Assert.EndsWith("dangling.yaml", at.Path, StringComparison.Ordinal);
        Assert.Equal((line, column), (at.StartLinePosition.Line, at.StartLinePosition.Character));
        Assert.Equal(OffsetOfLine(yaml, line) + column, diagnostic.Location.SourceSpan.Start);
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.DanglingClient"));
    }

    [Fact]
    public void A_problem_inside_a_yaml_list_item_is_located_at_that_item()
    {
        // The second parameter (a list item, flow style) carries the dangling reference.
        const string yaml = """
            openapi: 3.0.3
            info: { title: Items, version: "1" }
            paths:
              /items:
                get:
                  operationId: items/list
                  parameters:
                    - { name: page, in: query, schema: { type: integer } }
                    - { name: kind, in: query, schema: { $ref: '#/components/schemas/Kind' } }
                  responses:
                    "204": { description: none }
            """;
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Spec("items.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "OACG0003");
        Assert.Equal(PositionOf(yaml, "$ref").Line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static (int Line, int Column) PositionOf(string text, string what)
    {
        string[] lines = text.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains(what, StringComparison.Ordinal));
        return (line, lines[line].IndexOf(what, StringComparison.Ordinal));
    }

    private static int OffsetOfLine(string text, int line)
    {
        int offset = 0;
        for (int i = 0; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset;
    }

    [Fact]
    public void Yaml_specs_are_read()
    {
        const string yaml = """
            openapi: 3.0.3
            info: { title: Mini, version: "1" }
            paths:
              /items/{id}:
                get:
                  operationId: items/get
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: integer } }
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: { type: object, properties: { id: { type: integer }, name: { type: string } } }
            """;
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec("mini.yaml", yaml));

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.MiniClient"));
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.ItemsGetResponse"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Json_files_that_are_not_openapi_are_ignored()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Spec("settings.json", "{ \"logging\": { \"level\": \"info\" } }"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedTrees);
    }
}
