using Microsoft.CodeAnalysis;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>GitHub's description generated once per test run: it is large, and several tests look at the same output.</summary>
internal static class GitHubGeneration
{
    private static readonly Lazy<(GeneratorDriverRunResult Result, Compilation Output)> Generated = new(() =>
    {
        AdditionalText spec = GeneratorHarness.Spec("api.github.com.json");
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [spec.Path] = GeneratorHarness.Metadata("GitHubClient", "GitHub"),
        };
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { spec }, metadata: metadata)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("namespace Consumer { internal static class Marker { } }"), out Compilation output, out _);
        return (driver.GetRunResult(), output);
    });

    public static GeneratorDriverRunResult Result => Generated.Value.Result;

    public static Compilation Output => Generated.Value.Output;
}
