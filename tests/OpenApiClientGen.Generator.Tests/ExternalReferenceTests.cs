using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// References to other files (specs/external): resolved from the other AdditionalFiles items, never from disk; a
/// referenced fragment is not a client of its own.
/// </summary>
public class ExternalReferenceTests
{
    private static AdditionalText[] Files() =>
    [
        GeneratorHarness.Spec(Path.Combine("external", "api.yaml")),
        GeneratorHarness.Spec(Path.Combine("external", "parts", "pet.json")),
        GeneratorHarness.Spec(Path.Combine("external", "parts", "common.yaml")),
    ];

    [Fact]
    public void Parts_of_other_files_become_types_of_the_client()
    {
        var (result, output) = GeneratorHarness.Run(Files());

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        INamedTypeSymbol pet = output.GetTypeByMetadataName("OpenApiClients.Pet")!;
        string TypeOf(string property) => pet.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("OpenApiClients.Toy?", TypeOf("Toy"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<OpenApiClients.Pet>?", TypeOf("Friends"));
        Assert.Equal("OpenApiClients.ToyKind?", output.GetTypeByMetadataName("OpenApiClients.Toy")!.GetMembers("Kind").OfType<IPropertySymbol>().Single().Type.ToDisplayString());

        IMethodSymbol list = output.GetTypeByMetadataName("OpenApiClients.PetsOperations")!.GetMembers("ListPetsAsync").OfType<IMethodSymbol>().Single();
        Assert.Contains(list.Parameters, p => p.Name == "perPage" && p.Type.ToDisplayString() == "int?");
        Assert.Equal("OpenApiClientGen.Runtime.ApiCall<System.Collections.Generic.IReadOnlyList<OpenApiClients.Pet>>", list.ReturnType.ToDisplayString());

        // The fragments (no "openapi" key) generate nothing of their own.
        Assert.Equal(["ApiClient"], output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes())
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Select(c => c.Identifier.Text).Where(n => n.EndsWith("Client", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public void A_model_from_another_file_round_trips_through_the_json_context()
    {
        var (_, output) = GeneratorHarness.Run(Files());
        using var image = new MemoryStream();
        Assert.True(output.Emit(image).Success);
        var assembly = System.Reflection.Assembly.Load(image.ToArray());
        var info = JsonRoundTrip.TypeInfo(assembly, "ApiJsonContext", "Pet");
        const string json = """{"name":"Rex","toy":{"label":"red","kind":"ball"},"friends":[{"name":"Tom","toy":{"kind":"stick"}}]}""";

        object pet = JsonRoundTrip.Read(info, json);

        Assert.Equal("red", JsonRoundTrip.Get(pet, "Toy", "Label"));
        Assert.Equal("ball", JsonRoundTrip.Get(pet, "Toy", "Kind")!.ToString());
        JsonRoundTrip.Same(json, JsonRoundTrip.Write(info, pet));
    }

    [Fact]
    public void A_file_that_was_not_passed_is_reported_at_the_ref()
    {
        const string text = """
            {
              "openapi": "3.0.3",
              "info": { "title": "T", "version": "1" },
              "paths": {
                "/pets": {
                  "get": {
                    "responses": {
                      "200": { "description": "ok", "content": { "application/json": { "schema": {
                        "$ref": "missing.json#/components/schemas/Pet"
                      } } } }
                    }
                  }
                }
              }
            }
            """;
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText(GeneratorHarness.SpecPath("missing-ref.json"), text));

        Diagnostic unresolved = Assert.Single(result.Diagnostics);
        Assert.Equal("OACG0003", unresolved.Id);
        Assert.Equal(8, unresolved.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("missing.json#/components/schemas/Pet", unresolved.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Editing_an_unrelated_file_leaves_the_model_cached_and_editing_a_referenced_one_does_not()
    {
        AdditionalText[] files = Files();
        AdditionalText unrelated = new InMemoryAdditionalText(GeneratorHarness.SpecPath("settings.json"), """{ "a": 1 }""");
        Compilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver([.. files, unrelated], trackSteps: true).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(unrelated, new InMemoryAdditionalText(unrelated.Path, """{ "a": 2 }""")).RunGenerators(compilation);
        Assert.All(Outputs(driver, TrackingNames.ApiModel), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));

        AdditionalText pet = files[1];
        driver = driver.ReplaceAdditionalText(pet, new InMemoryAdditionalText(pet.Path, pet.GetText()!.ToString().Replace("\"friends\"", "\"buddies\""))).RunGenerators(compilation);
        Assert.Contains(IncrementalStepRunReason.Modified, Outputs(driver, TrackingNames.ApiModel));
        Assert.Contains("Buddies", driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).Single(s => s.Contains("class Pet ", StringComparison.Ordinal)));
    }

    private static IEnumerable<IncrementalStepRunReason> Outputs(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
}
