using Microsoft.CodeAnalysis;

namespace OpenApiClientGen.Generator.Tests.Infrastructure;

/// <summary>
/// GitHub's description generated once per test run: it is large, and several tests look at the same output. The
/// driver tracks its steps and is kept, so incremental tests start from this run instead of generating a baseline.
/// </summary>
internal static class GitHubGeneration
{
    private static readonly Lazy<Generation> Generated = new(() =>
    {
        AdditionalText spec = GeneratorHarness.Spec("api.github.com.json");
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [spec.Path] = GeneratorHarness.Metadata("GitHubClient", "GitHub"),
        };
        Compilation input = GeneratorHarness.Compilation("namespace Consumer { internal static class Marker { } }");
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { spec }, trackSteps: true, metadata: metadata)
            .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        return new Generation(spec, input, driver, output);
    });

    public static GeneratorDriverRunResult Result => Generated.Value.Driver.GetRunResult();

    public static Compilation Output => Generated.Value.Output;

    /// <summary>Runs the generator again on an edited copy of the description, from the cached run.</summary>
    public static GeneratorRunResult Rerun(Func<string, string> edit)
    {
        Generation baseline = Generated.Value;
        AdditionalText edited = GeneratorHarness.Spec("api.github.com.json", edit(baseline.Spec.GetText()!.ToString()));
        return baseline.Driver.ReplaceAdditionalText(baseline.Spec, edited).RunGenerators(baseline.Input).GetRunResult().Results.Single();
    }

    private sealed record Generation(AdditionalText Spec, Compilation Input, GeneratorDriver Driver, Compilation Output);
}
