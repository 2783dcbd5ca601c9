using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OpenApiClientGen.Bench.Generator;
using OpenApiClientGen.Bench.Infrastructure;

namespace OpenApiClientGen.Bench.Build;

/// <summary>
/// Where the compiler spends its time on the generated GitHub client, in this process with Roslyn's API: parsing the
/// generated files, declarations (symbols, signatures, attributes), binding method bodies (per kind of generated
/// file: models, JSON metadata, operations, client) and a full compile and emit as csc does it (without analyzers).
/// References are this process's framework and runtime assemblies, as a console consumer has them.
/// </summary>
internal static class CompilePhasesBench
{
    public static void Run(RepositoryPaths paths, Report report)
    {
        Console.WriteLine("== compile phases of the full GitHub client (Roslyn in-process, Release, one run) ==");
        var spec = new GeneratorHost.InMemoryAdditionalText(paths.GitHubSpec, SourceText.From(File.ReadAllText(paths.GitHubSpec)));
        GeneratorDriver driver = GeneratorHost.CreateDriver(GeneratorHost.LoadGenerator(), spec, "GitHubClient", "GitHub");
        TimeSpan generate = Measure.Once(() => driver = driver.RunGenerators(GeneratorHost.CreateCompilation()));
        GeneratedSourceResult[] sources = driver.GetRunResult().Results.Single().GeneratedSources.ToArray();
        Console.WriteLine($"generator: {Measure.Seconds(generate)} for {sources.Length} files (JIT-cold process)");

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees = [];
        TimeSpan parse = Measure.Once(() => trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, parseOptions, s.HintName)).ToArray());

        CSharpCompilation Fresh() => CSharpCompilation.Create("Consumer", trees, References(), Options());

        CSharpCompilation declared = Fresh();
        TimeSpan declarations = Measure.Once(() => Require(declared.GetDeclarationDiagnostics()));

        var byKind = new Dictionary<string, (TimeSpan Time, int Lines, int Files)>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in trees)
        {
            long start = Stopwatch.GetTimestamp();
            Require(declared.GetSemanticModel(tree).GetMethodBodyDiagnostics());
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            string kind = KindOf(tree.FilePath);
            byKind.TryGetValue(kind, out var sum);
            byKind[kind] = (sum.Time + elapsed, sum.Lines + tree.GetText().Lines.Count, sum.Files + 1);
        }

        TimeSpan bodies = byKind.Values.Aggregate(TimeSpan.Zero, (total, k) => total + k.Time);
        TimeSpan emit = Measure.Once(() =>
        {
            using var pe = new MemoryStream();
            using var pdb = new MemoryStream();
            var result = Fresh().Emit(pe, pdb);
            Require(result.Diagnostics);
        });

        Console.WriteLine($"parse {trees.Length} files:                  {Measure.Seconds(parse)}");
        Console.WriteLine($"declarations (symbols, signatures):   {Measure.Seconds(declarations)}");
        Console.WriteLine($"method bodies bound, by kind of file: {Measure.Seconds(bodies)} (one thread)");
        foreach (var (kind, (time, lines, files)) in byKind.OrderByDescending(k => k.Value.Time))
        {
            Console.WriteLine($"  {kind,-14} {Measure.Seconds(time),10}  {time / bodies,4:P0}  {files,4} files  {lines,8:N0} lines  {time.TotalMilliseconds / lines * 1000,7:0} ms per 1,000 lines");
        }

        Console.WriteLine($"fresh compile + emit (dll and pdb):   {Measure.Seconds(emit)} (declarations, bodies, lowering, IL; concurrent)");
        Console.WriteLine();
        report.Add(new ReportRow("compile phases: parse / declarations / bodies / full emit", $"{parse.TotalSeconds:0.0} / {declarations.TotalSeconds:0.0} / {bodies.TotalSeconds:0.0} / {emit.TotalSeconds:0.0} s"));
    }

    /// <summary>The kind of a generated file from its hint name (<c>GitHub.GitHubClient.Models.003.g.cs</c> → Models).</summary>
    private static string KindOf(string hintName)
    {
        string[] parts = Path.GetFileName(hintName).Split('.');
        int client = Array.FindIndex(parts, p => p.EndsWith("Client", StringComparison.Ordinal));
        string next = client >= 0 && client + 1 < parts.Length ? parts[client + 1] : "";
        return next == "g" || next.Length == 0 ? "Client" : next.EndsWith("Operations", StringComparison.Ordinal) ? "Operations" : next;
    }

    private static void Require(IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostic[] errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The generated client does not compile here:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        }
    }

    private static CSharpCompilationOptions Options() => new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true);

    /// <summary>The framework and the runtime's assemblies of this process, not the bench itself (it holds a GitHub client too).</summary>
    private static List<MetadataReference> References() => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => !Path.GetFileName(path).StartsWith("OpenApiClientGen.Bench", StringComparison.Ordinal))
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToList();
}
