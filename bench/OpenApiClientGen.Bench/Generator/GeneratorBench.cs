using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OpenApiClientGen.Bench.Infrastructure;

namespace OpenApiClientGen.Bench.Generator;

/// <summary>
/// Times the generator on GitHub's description with <see cref="CSharpGeneratorDriver"/> in this process:
/// the first run (cold: JIT, assembly loads), warm runs with a fresh driver (nothing cached), warm runs after an
/// edit of the spec text (parse and map again, emit what changed) and a run with nothing changed (all cached).
/// </summary>
internal static class GeneratorBench
{
    private const string ClientName = "GitHubClient";
    private const string Namespace = "GitHub";
    private const string TitleLine = "\"title\": \"GitHub's official OpenAPI spec + Octokit extension\"";

    public static void Run(RepositoryPaths paths, int warmRuns, Report report)
    {
        Console.WriteLine("== generator (CSharpGeneratorDriver in-process, GitHub spec) ==");
        IIncrementalGenerator generator = GeneratorHost.LoadGenerator();
        string text = File.ReadAllText(paths.GitHubSpec);
        Console.WriteLine($"spec: {paths.GitHubSpec} ({text.Length / 1024.0 / 1024.0:0.0} MB)");
        if (!text.Contains(TitleLine, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The spec's title line was not found; the edit runs need it.");
        }

        CSharpCompilation compilation = GeneratorHost.CreateCompilation();
        var spec = new GeneratorHost.InMemoryAdditionalText(paths.GitHubSpec, SourceText.From(text));

        GeneratorDriver driver = GeneratorHost.CreateDriver(generator, spec, ClientName, Namespace);
        GeneratorDriverRunResult? result = null;
        TimeSpan first = Measure.Once(() =>
        {
            driver = driver.RunGenerators(compilation);
            result = driver.GetRunResult();
        });
        Console.WriteLine($"first run (cold process):          {Measure.Seconds(first)}");
        GeneratorRunResult run = result!.Results.Single();
        if (run.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }

        int files = run.GeneratedSources.Length;
        long lines = run.GeneratedSources.Sum(source => (long)source.SourceText.Lines.Count);
        long characters = run.GeneratedSources.Sum(source => (long)source.SourceText.Length);
        Console.WriteLine($"generated: {files} files, {lines:N0} lines, {characters / 1024.0 / 1024.0:0.0} MB of C#");
        foreach (IGrouping<string, Diagnostic> group in run.Diagnostics.GroupBy(d => d.Id + " " + d.Severity).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"diagnostics: {group.Key} x{group.Count()}");
        }

        // Warm, nothing cached: a new driver per run in this (now JIT-warm) process.
        var fresh = new List<TimeSpan>();
        for (int i = 0; i < warmRuns; i++)
        {
            GeneratorDriver freshDriver = GeneratorHost.CreateDriver(generator, spec, ClientName, Namespace);
            fresh.Add(Measure.Once(() => freshDriver.RunGenerators(compilation)));
        }

        Console.WriteLine($"warm, fresh driver (median of {warmRuns}):   {Measure.Seconds(Measure.Median(fresh))}  [{string.Join(", ", fresh.Select(Measure.Seconds))}]");

        // Warm, the spec's title edited between runs: read and map again; only the client file changes.
        var edited = new List<TimeSpan>();
        AdditionalText current = spec;
        for (int i = 0; i < warmRuns; i++)
        {
            var next = new GeneratorHost.InMemoryAdditionalText(paths.GitHubSpec, SourceText.From(text.Replace(TitleLine, TitleLine[..^1] + $" (edit {i})\"", StringComparison.Ordinal)));
            driver = driver.ReplaceAdditionalText(current, next);
            current = next;
            edited.Add(Measure.Once(() => driver = driver.RunGenerators(compilation)));
        }

        Console.WriteLine($"warm, after a spec edit (median of {warmRuns}): {Measure.Seconds(Measure.Median(edited))}  [{string.Join(", ", edited.Select(Measure.Seconds))}]");

        // Nothing changed: every step cached.
        var cached = new List<TimeSpan>();
        for (int i = 0; i < warmRuns; i++)
        {
            cached.Add(Measure.Once(() => driver = driver.RunGenerators(compilation)));
        }

        Console.WriteLine($"cached, no change (median of {warmRuns}):  {Measure.Milliseconds(Measure.Median(cached))}");
        Console.WriteLine();

        report.Add(new ReportRow("generator first run (cold process)", Measure.Seconds(first)));
        report.Add(new ReportRow("generator warm, fresh driver", Measure.Seconds(Measure.Median(fresh)), Measure.Median(fresh).TotalSeconds, 1.0, "<= 1.0 s"));
        report.Add(new ReportRow("generator warm, after spec edit", Measure.Seconds(Measure.Median(edited)), Measure.Median(edited).TotalSeconds, 1.0, "<= 1.0 s"));
        report.Add(new ReportRow("generator cached, no change", Measure.Milliseconds(Measure.Median(cached))));
        report.Add(new ReportRow("generated files", files.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        report.Add(new ReportRow("generated lines", lines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), lines, 130_000, "<= 130,000"));
    }
}
