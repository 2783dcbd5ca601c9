using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using OpenApiClientGen.Bench.Infrastructure;

namespace OpenApiClientGen.Bench.Generator;

/// <summary>
/// The generator on every description of specs/corpus (and GitHub's, for scale): warm time with a fresh driver per
/// run, in milliseconds per MB of description, and the generated lines per operation.
/// </summary>
internal static class CorpusBench
{
    public static void Run(RepositoryPaths paths, int warmRuns, Report report)
    {
        Console.WriteLine("== generator on the corpus (CSharpGeneratorDriver in-process, warm, fresh driver per run) ==");
        IIncrementalGenerator generator = GeneratorHost.LoadGenerator();
        CSharpCompilation compilation = GeneratorHost.CreateCompilation();
        List<string> specs = Directory.EnumerateFiles(Path.Combine(paths.Root, "specs", "corpus")).Order(StringComparer.Ordinal).Append(paths.GitHubSpec).ToList();

        Console.WriteLine($"{"spec",-26} {"MB",6} {"ms",8} {"ms/MB",7} {"operations",10} {"lines",9} {"lines/op",8} diagnostics");
        double totalMilliseconds = 0, totalMegabytes = 0;
        foreach (string path in specs)
        {
            var spec = new GeneratorHost.InMemoryAdditionalText(path, SourceText.From(File.ReadAllText(path)));
            double megabytes = new FileInfo(path).Length / 1024.0 / 1024.0;

            // One run to warm the JIT for this spec's shapes, then the median of fresh drivers.
            GeneratorRunResult run = GeneratorHost.CreateDriver(generator, spec, "CorpusClient", "Corpus").RunGenerators(compilation).GetRunResult().Results.Single();
            if (run.Exception is { } exception)
            {
                throw new InvalidOperationException($"The generator threw on {path}.", exception);
            }

            var samples = new List<TimeSpan>();
            for (int i = 0; i < warmRuns; i++)
            {
                GeneratorDriver driver = GeneratorHost.CreateDriver(generator, spec, "CorpusClient", "Corpus");
                samples.Add(Measure.Once(() => driver.RunGenerators(compilation)));
            }

            double milliseconds = Measure.Median(samples).TotalMilliseconds;
            long lines = run.GeneratedSources.Sum(source => (long)source.SourceText.Lines.Count);
            int operations = run.GeneratedSources.Sum(source => Operations(source.SyntaxTree));
            string diagnostics = string.Join(" ", run.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}x{g.Count()}"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path),-26} {megabytes,6:0.00} {milliseconds,8:0} {milliseconds / megabytes,7:0} {operations,10} {lines,9:N0} {(operations == 0 ? 0 : lines / (double)operations),8:0} {diagnostics}"));
            totalMilliseconds += milliseconds;
            totalMegabytes += megabytes;
        }

        Console.WriteLine();
        report.Add(new ReportRow("generator on the corpus + GitHub, ms per MB", (totalMilliseconds / totalMegabytes).ToString("0", CultureInfo.InvariantCulture) + " ms/MB"));
    }

    /// <summary>Operation methods of a generated operations group (the pagers that also exist for list operations left out).</summary>
    private static int Operations(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Where(type => type.Identifier.ValueText.EndsWith("Operations", StringComparison.Ordinal))
            .SelectMany(type => type.Members.OfType<MethodDeclarationSyntax>())
            .Count(method => method.Modifiers.Any(SyntaxKind.PublicKeyword)
                && method.Identifier.ValueText.EndsWith("Async", StringComparison.Ordinal)
                && !method.Identifier.ValueText.EndsWith("PagedAsync", StringComparison.Ordinal));
}
