using Microsoft.CodeAnalysis;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// Real public descriptions of other vendors and styles (specs/corpus, listed in specs/README.md): each generates
/// without any diagnostic of the generator's and compiles with 0 errors and 0 warnings.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (string spec in GeneratorHarness.CorpusSpecs())
        {
            data.Add(spec);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Corpus_description_generates_a_client_that_compiles_cleanly(string spec)
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec(Path.Combine("corpus", spec)));

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(result.Diagnostics.IsEmpty && problems.Count == 0, Summary(result.Diagnostics) + "\n" + Summary(problems));
        Assert.NotEmpty(result.GeneratedTrees);
    }

    private static string Summary(IReadOnlyCollection<Diagnostic> diagnostics) =>
        string.Join(", ", diagnostics.GroupBy(d => d.Id).Select(g => g.Key + " x" + g.Count())) + "\n"
        + string.Join("\n", diagnostics.GroupBy(d => d.Id).SelectMany(g => g.Take(3)));
}
