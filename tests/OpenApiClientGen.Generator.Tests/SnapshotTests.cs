using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using OpenApiClientGen.Generator.Tests.Infrastructure;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// The exact output for the small spec, checked with Roslyn's source generator test framework (which also
/// compiles the result). Set OACG_UPDATE_SNAPSHOTS=1 to rewrite the snapshots after an intended change.
/// </summary>
public class SnapshotTests
{
    private const string Spec = "features.json";

    [Fact]
    public async Task Small_spec_output_matches_the_snapshots()
    {
        string snapshots = SnapshotFolder();
        if (Environment.GetEnvironmentVariable("OACG_UPDATE_SNAPSHOTS") == "1")
        {
            WriteSnapshots(snapshots);
        }

        var test = new CSharpSourceGeneratorTest<OpenApiClientGenerator, DefaultVerifier>
        {
            // No reference pack download: the net8.0 reference assemblies come from a package the tests already use.
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
        };
        test.TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        test.TestState.AdditionalFiles.Add((Spec, File.ReadAllText(GeneratorHarness.SpecPath(Spec))));
        string[] files = Directory.GetFiles(snapshots, "*.g.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 5, "snapshots missing: run with OACG_UPDATE_SNAPSHOTS=1");
        foreach (string file in files)
        {
            test.TestState.GeneratedSources.Add((typeof(OpenApiClientGenerator), Path.GetFileName(file), SourceText.From(File.ReadAllText(file), Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    private static void WriteSnapshots(string folder)
    {
        foreach (string old in Directory.GetFiles(folder, "*.g.cs"))
        {
            File.Delete(old);
        }

        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText(Spec, File.ReadAllText(GeneratorHarness.SpecPath(Spec))));
        foreach (var source in result.Results.Single().GeneratedSources)
        {
            File.WriteAllText(Path.Combine(folder, source.HintName), source.SourceText.ToString());
        }
    }

    private static string SnapshotFolder([CallerFilePath] string thisFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(thisFile)!, "Snapshots", "features");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
