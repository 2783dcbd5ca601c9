using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// One spec file named by several AdditionalFiles items: the compiler passes the file once per item but keeps one set
/// of metadata per path, so the package's targets hand the generator every item's options in
/// <c>OpenApiClientGen_Variants</c>.
/// </summary>
public class SpecVariantsTests
{
    private const string VariantsKey = "build_metadata.AdditionalFiles.OpenApiClientGen_Variants";

    private static (GeneratorDriverRunResult Result, Compilation Output) Generate(AdditionalText[] specs, Dictionary<string, IReadOnlyDictionary<string, string>> metadata)
    {
        GeneratorDriver driver = GeneratorHarness.Driver(specs, metadata: metadata)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("namespace Consumer { internal static class Marker { } }"), out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    [Fact]
    public void Two_items_of_one_file_with_other_names_generate_both_clients()
    {
        AdditionalText spec = GeneratorHarness.Spec("features-mini.yaml");
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [spec.Path] = new Dictionary<string, string>
            {
                // What the last item says; the variants carry both.
                ["build_metadata.AdditionalFiles.OpenApiClientGen_ClientName"] = "SecondClient",
                ["build_metadata.AdditionalFiles.OpenApiClientGen_Namespace"] = "Second",
                [VariantsKey] = "FirstClient|First.Api|||!SecondClient|Second|||",
            },
        };

        var (result, output) = Generate([spec, GeneratorHarness.Spec("features-mini.yaml")], metadata);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(output.GetTypeByMetadataName("First.Api.FirstClient"));
        Assert.NotNull(output.GetTypeByMetadataName("Second.SecondClient"));
    }

    [Fact]
    public void Each_variant_keeps_its_own_tags()
    {
        AdditionalText spec = GeneratorHarness.Spec("features.json");
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [spec.Path] = new Dictionary<string, string> { [VariantsKey] = "PetsClient|Pets|pets,Default|||!FilesClient|Files|files|||" },
        };

        var (result, output) = Generate([spec, spec], metadata);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("Pets.PetsOperations"));
        Assert.Null(output.GetTypeByMetadataName("Pets.FilesOperations"));
        Assert.NotNull(output.GetTypeByMetadataName("Files.FilesOperations"));
        Assert.Null(output.GetTypeByMetadataName("Files.PetsOperations"));
    }

    [Fact]
    public void A_file_named_twice_with_the_same_options_generates_one_client()
    {
        AdditionalText spec = GeneratorHarness.Spec("features-mini.yaml");
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>> { [spec.Path] = GeneratorHarness.Metadata("StatusClient", "Status") };

        var (result, output) = Generate([spec, GeneratorHarness.Spec("features-mini.yaml")], metadata);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(output.GetTypeByMetadataName("Status.StatusClient"));
    }

    [Fact]
    public void Two_files_that_would_generate_the_same_client_are_reported_and_the_first_still_generates()
    {
        AdditionalText first = GeneratorHarness.Spec("features-mini.yaml");
        AdditionalText second = GeneratorHarness.Spec("features.json");
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [first.Path] = GeneratorHarness.Metadata("MyClient", "Shared"),
            [second.Path] = GeneratorHarness.Metadata("MyClient", "Shared"),
        };

        var (result, output) = Generate([first, second], metadata);

        Diagnostic clash = Assert.Single(result.Diagnostics);
        Assert.Equal(("OACG0010", DiagnosticSeverity.Error), (clash.Id, clash.Severity));
        Assert.Contains("Shared.MyClient", clash.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("features-mini.yaml", clash.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("features.json", clash.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(output.GetTypeByMetadataName("Shared.MyClient"));
    }
}
