using System.Collections;
using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// Discriminator mappings (specs/discriminators.json) and OpenAPI 3.1 keywords (specs/openapi31.yaml): the generated
/// shape, and a JSON round trip through the generated context.
/// </summary>
public class SchemaKeywordTests
{
    private static Compilation Generate(string spec)
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec(spec));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return output;
    }

    private static string TypeOf(Compilation output, string type, string property) =>
        output.GetTypeByMetadataName("OpenApiClients." + type)!.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();

    private static bool IsUnion(Compilation output, string type) =>
        output.GetTypeByMetadataName("OpenApiClients." + type)!.BaseType!.ToDisplayString() == "OpenApiClientGen.Runtime.Json.JsonUnion";

    [Fact]
    public void A_oneOf_picks_the_alternative_its_discriminator_maps_the_value_to()
    {
        var assembly = GeneratedAssembly.Load("discriminators.json");
        var info = JsonRoundTrip.TypeInfo(assembly, "DiscriminatorsJsonContext", "Shape");
        const string json = """{"kind":"circle","size":2}""";

        object shape = JsonRoundTrip.Read(info, json);

        // Square and Circle have the same members: only the mapping tells them apart.
        Assert.Null(JsonRoundTrip.As(shape, "AsSquare"));
        Assert.Equal(2.0, JsonRoundTrip.Get(JsonRoundTrip.As(shape, "AsCircle"), "Size"));
        JsonRoundTrip.Same(json, JsonRoundTrip.Write(info, shape));
    }

    [Fact]
    public void A_base_with_a_discriminator_is_a_union_of_the_subtypes_that_extend_it()
    {
        Compilation output = Generate("discriminators.json");
        Assert.True(IsUnion(output, "Pet"));
        Assert.Equal("string", TypeOf(output, "Cat", "PetType"));
        Assert.Equal("string?", TypeOf(output, "Dog", "Bark"));

        var assembly = GeneratedAssembly.Load("discriminators.json");
        var info = JsonRoundTrip.TypeInfo(assembly, "DiscriminatorsJsonContext", "Pet");
        const string json = """{"petType":"dog","name":"Rex","lives":1,"bark":"woof"}""";

        object pet = JsonRoundTrip.Read(info, json);

        Assert.Null(JsonRoundTrip.As(pet, "AsCat"));
        Assert.Equal("woof", JsonRoundTrip.Get(JsonRoundTrip.As(pet, "AsDog"), "Bark"));
        JsonRoundTrip.Same(json, JsonRoundTrip.Write(info, pet));
    }

    [Fact]
    public void A_oneOf_of_subtypes_uses_the_discriminator_of_their_base()
    {
        var assembly = GeneratedAssembly.Load("discriminators.json");
        Type union = assembly.GetTypes().Single(t => t.Name == "GetAnyPetResponse");
        var info = JsonRoundTrip.TypeInfo(assembly, "DiscriminatorsJsonContext", "GetAnyPetResponse");

        object pet = JsonRoundTrip.Read(info, """{"petType":"cat","name":"Tom","lives":9}""");

        Assert.NotNull(union);
        Assert.Null(JsonRoundTrip.As(pet, "AsDog"));
        Assert.Equal(9, JsonRoundTrip.Get(JsonRoundTrip.As(pet, "AsCat"), "Lives"));
    }

    [Fact]
    public void OpenApi31_keywords_have_their_shapes()
    {
        Compilation output = Generate("openapi31.yaml");

        Assert.Equal("OpenApiClients.SettingsVersion", TypeOf(output, "Settings", "Version"));
        Assert.Equal("OpenApiClients.Mode", TypeOf(output, "Settings", "Mode"));
        Assert.Equal("string?", TypeOf(output, "Settings", "Nickname"));
        Assert.True(IsUnion(output, "SettingsSize"));
        Assert.Equal("OpenApiClients.Node?", TypeOf(output, "Settings", "Parent"));
        Assert.Equal("OpenApiClients.Person?", TypeOf(output, "Settings", "Owner"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<OpenApiClients.SettingsValuesItem>?", TypeOf(output, "Settings", "Values"));
        Assert.True(IsUnion(output, "SettingsValuesItem"));
        Assert.Equal("System.Collections.Generic.IDictionary<string, int>?", TypeOf(output, "Settings", "Limits"));
        Assert.Equal("System.Collections.Generic.IDictionary<string, OpenApiClients.Node>?", TypeOf(output, "Settings", "Labels"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<OpenApiClients.Node>?", TypeOf(output, "Node", "Children"));
        Assert.Equal("OpenApiClients.Company?", TypeOf(output, "Person", "Employer"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<OpenApiClients.Person>?", TypeOf(output, "Company", "Staff"));

        // A description beside the $ref documents the property.
        string settings = output.SyntaxTrees.Select(t => t.ToString()).Single(s => s.Contains("class Settings ", StringComparison.Ordinal));
        Assert.Contains("The node these settings belong to.", settings);
    }

    [Fact]
    public void OpenApi31_values_round_trip_through_the_json_context()
    {
        var assembly = GeneratedAssembly.Load("openapi31.yaml");
        var info = JsonRoundTrip.TypeInfo(assembly, "Openapi31JsonContext", "Settings");
        const string json = """
            {"version":"v2","mode":"strict","nickname":null,"size":12,"parent":{"name":"root","children":[{"name":"leaf","children":[]}]},
             "owner":{"name":"Ann","employer":{"name":"Acme","staff":[{"name":"Bob"}]}},"values":["a",3],"limits":{"cpu":2},
             "labels":{"x":{"name":"n"}}}
            """;

        object settings = JsonRoundTrip.Read(info, json);

        Assert.Equal("v2", JsonRoundTrip.Get(settings, "Version")!.ToString());
        Assert.Equal(12L, JsonRoundTrip.As(JsonRoundTrip.Get(settings, "Size")!, "AsInt64"));
        Assert.Null(JsonRoundTrip.As(JsonRoundTrip.Get(settings, "Size")!, "AsString"));
        Assert.Equal("leaf", JsonRoundTrip.Get(((IEnumerable)JsonRoundTrip.Get(settings, "Parent", "Children")!).Cast<object>().Single(), "Name"));
        Assert.Equal("Bob", JsonRoundTrip.Get(((IEnumerable)JsonRoundTrip.Get(settings, "Owner", "Employer", "Staff")!).Cast<object>().Single(), "Name"));
        var values = ((IEnumerable)JsonRoundTrip.Get(settings, "Values")!).Cast<object>().ToList();
        Assert.Equal("a", JsonRoundTrip.As(values[0], "AsString"));
        Assert.Equal(3L, JsonRoundTrip.As(values[1], "AsInt64"));
        Assert.Equal(2, ((IDictionary)JsonRoundTrip.Get(settings, "Limits")!)["cpu"]);
        JsonRoundTrip.Same(json, JsonRoundTrip.Write(info, settings));
    }
}
