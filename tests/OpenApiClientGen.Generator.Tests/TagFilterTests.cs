using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary><c>OpenApiClientGen_Tags</c>: only the operations of the listed tags, and only the models they reach.</summary>
public class TagFilterTests
{
    private static (GeneratorDriverRunResult Result, Compilation Output) Generate(string tags)
    {
        AdditionalText spec = GeneratorHarness.Spec("features.json");
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [spec.Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiClientGen_Tags"] = tags },
        };
        GeneratorDriver driver = GeneratorHarness.Driver([spec], metadata: metadata)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("namespace Consumer { internal static class Marker { } }"), out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    [Fact]
    public void Only_the_listed_tags_and_the_models_they_reach_are_generated()
    {
        var (result, output) = Generate(" Pets ; ");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.PetsOperations"));
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.Pet"));
        Assert.Null(output.GetTypeByMetadataName("OpenApiClients.FilesOperations"));
        Assert.Null(output.GetTypeByMetadataName("OpenApiClients.DefaultOperations"));
        // Reached only by the untagged /events operation.
        Assert.Null(output.GetTypeByMetadataName("OpenApiClients.CreatedEvent"));
        INamedTypeSymbol client = output.GetTypeByMetadataName("OpenApiClients.FeaturesClient")!;
        Assert.Equal(["Pets"], client.GetMembers().OfType<IPropertySymbol>().Where(p => p.Type.Name.EndsWith("Operations", StringComparison.Ordinal)).Select(p => p.Name));
    }

    [Fact]
    public void Several_tags_are_separated_by_semicolons_or_commas()
    {
        var (_, output) = Generate("pets,files;Default");

        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.PetsOperations"));
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.FilesOperations"));
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.DefaultOperations"));
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.CreatedEvent"));
    }

    [Fact]
    public void A_tag_no_operation_has_is_reported_in_the_spec()
    {
        var (result, output) = Generate("pets;petz");

        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("OACG0011", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains("'petz'", warning.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("features.json", warning.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.NotNull(output.GetTypeByMetadataName("OpenApiClients.PetsOperations"));
    }
}
