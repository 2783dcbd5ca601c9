using System.Collections;
using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// <c>$ref</c>s to JSON pointers anywhere in the document (specs/references.json): each target becomes a component
/// that every use shares, named from where it was.
/// </summary>
public class ReferenceTests
{
    private static (GeneratorDriverRunResult Result, Compilation Output) Generate() => GeneratorHarness.Run(GeneratorHarness.Spec("references.json"));

    [Fact]
    public void Deep_references_generate_without_diagnostics()
    {
        var (result, output) = Generate();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_referenced_nested_schema_is_one_type_for_its_place_and_its_references()
    {
        var (_, output) = Generate();
        INamedTypeSymbol pet = output.GetTypeByMetadataName("OpenApiClients.Pet")!;

        string TypeOf(string property) => pet.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();

        Assert.Equal("OpenApiClients.PetOwner?", TypeOf("Owner"));
        Assert.Equal("OpenApiClients.PetOwner?", TypeOf("PreviousOwner"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<OpenApiClients.PetTagsItem>?", TypeOf("Tags"));
        Assert.Equal("OpenApiClients.PetTagsItem?", TypeOf("FavouriteTag"));
        Assert.Equal("System.Collections.Generic.IDictionary<string, OpenApiClients.PetScoresValue>?", TypeOf("Scores"));
        Assert.Equal("OpenApiClients.PetScoresValue?", TypeOf("BestScore"));
    }

    [Fact]
    public void Referenced_responses_parameters_bodies_and_path_items_shape_the_operations()
    {
        var (_, output) = Generate();
        INamedTypeSymbol pets = output.GetTypeByMetadataName("OpenApiClients.PetsOperations")!;
        IMethodSymbol Method(string name) => pets.GetMembers(name).OfType<IMethodSymbol>().Single();

        // An items schema that is a component reference: the component itself.
        Assert.Equal("OpenApiClientGen.Runtime.ApiCall<OpenApiClients.Pet>", Method("GetPetAsync").ReturnType.ToDisplayString());
        Assert.Contains(Method("GetPetAsync").Parameters, p => p.Name == "kind" && p.Type.ToDisplayString() == "OpenApiClients.Kind?");
        Assert.Equal("OpenApiClientGen.Runtime.ApiCall<OpenApiClients.ListPetsResponse200Part1>", Method("ReplacePetAsync").ReturnType.ToDisplayString());
        Assert.Contains(Method("ReplacePetAsync").Parameters, p => p.Name == "body" && p.Type.ToDisplayString() == "OpenApiClients.Pet");

        // The path item /animals/{id} is /pets/{id}: its operations again.
        Assert.Equal(2, pets.GetMembers().OfType<IMethodSymbol>().Count(m => m.Name.StartsWith("GetPet", StringComparison.Ordinal)));

        INamedTypeSymbol owners = output.GetTypeByMetadataName("OpenApiClients.OwnersOperations")!;
        IMethodSymbol list = owners.GetMembers("ListOwnersAsync").OfType<IMethodSymbol>().Single();
        Assert.Contains(list.Parameters, p => p.Name == "perPage" && p.Type.ToDisplayString() == "int?");
        Assert.Equal("OpenApiClientGen.Runtime.ApiCall<System.Collections.Generic.IReadOnlyList<OpenApiClients.PetOwner>>", list.ReturnType.ToDisplayString());
    }

    [Fact]
    public void A_model_with_referenced_parts_round_trips_through_the_json_context()
    {
        var assembly = GeneratedAssembly.Load("references.json");
        var info = JsonRoundTrip.TypeInfo(assembly, "ReferencesJsonContext", "Pet");
        const string json = """
            {"name":"Rex","owner":{"name":"Ann","since":"2020-01-02"},"tags":[{"label":"good"}],"favouriteTag":{"label":"best"},
             "scores":{"agility":{"value":9.5}},"bestScore":{"value":10},"previousOwner":{"name":"Bob"}}
            """;

        object pet = JsonRoundTrip.Read(info, json);

        Assert.Equal("Ann", JsonRoundTrip.Get(pet, "Owner", "Name"));
        Assert.Equal(new DateOnly(2020, 1, 2), JsonRoundTrip.Get(pet, "Owner", "Since"));
        Assert.Equal("best", JsonRoundTrip.Get(pet, "FavouriteTag", "Label"));
        Assert.Equal("good", JsonRoundTrip.Get(((IEnumerable)JsonRoundTrip.Get(pet, "Tags")!).Cast<object>().Single(), "Label"));
        Assert.Equal(9.5, JsonRoundTrip.Get(((IDictionary)JsonRoundTrip.Get(pet, "Scores")!)["agility"], "Value"));
        Assert.Equal(10.0, JsonRoundTrip.Get(pet, "BestScore", "Value"));
        Assert.Equal("Bob", JsonRoundTrip.Get(pet, "PreviousOwner", "Name"));
        JsonRoundTrip.Same(json, JsonRoundTrip.Write(info, pet));
    }

    [Fact]
    public void A_reference_to_a_place_that_does_not_exist_is_reported_at_the_ref()
    {
        string text = File.ReadAllText(GeneratorHarness.SpecPath("references.json"))
            .Replace("#/paths/~1pets/get/parameters/0", "#/paths/~1pets/get/parameters/7");
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Spec("references.json", text));

        Diagnostic unresolved = Assert.Single(result.Diagnostics, d => d.Id == "OACG0003");
        var line = unresolved.Location.GetLineSpan();
        Assert.Contains("\"$ref\": \"#/paths/~1pets/get/parameters/7\"", text.Split('\n')[line.StartLinePosition.Line]);
    }
}
