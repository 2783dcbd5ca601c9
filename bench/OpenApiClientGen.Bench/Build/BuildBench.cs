using System.Globalization;
using System.Text.RegularExpressions;
using OpenApiClientGen.Bench.Infrastructure;

namespace OpenApiClientGen.Bench.Build;

/// <summary>
/// Times clean builds of console projects set up like samples/GitHubRepos (the in-repo generator as an analyzer, the
/// runtime as a project reference): with the full GitHub client, with the client as the sample filters it, and a raw
/// console project without either, then prints each against the raw one and the full one. Per project, one warm-up
/// build builds the generator and runtime (Release) and restores; each timed run deletes the consumer's bin/ and obj/,
/// restores (not timed) and runs <c>dotnet build --no-restore -p:BuildProjectReferences=false</c>: the consumer's own
/// build, cold, as with a package (no compiler server: UseSharedCompilation=false). Consumers marked
/// <see cref="BuildConsumer.WarmServer"/> build through the compiler server instead, timed once it has built the
/// project a few times.
/// </summary>
internal static partial class BuildBench
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public static void Run(RepositoryPaths paths, int runs, Report report, IReadOnlyList<BuildConsumer> consumers)
    {
        var results = new List<(BuildConsumer Consumer, TimeSpan Build, TimeSpan? Csc)>();
        foreach (BuildConsumer consumer in consumers)
        {
            var (build, csc) = Time(paths, runs, consumer);
            results.Add((consumer, build, csc));
            string cscText = csc is { } c ? $" (Csc {Measure.Seconds(c)})" : "";
            report.Add(consumer == BuildConsumer.Full
                ? new ReportRow("consumer clean build, " + consumer.Name + cscText, Measure.Seconds(build), build.TotalSeconds, 16, "<= 16 s")
                : new ReportRow("consumer clean build, " + consumer.Name + cscText, Measure.Seconds(build)));
        }

        var raw = results.Where(r => r.Consumer == BuildConsumer.Raw).Select(r => (TimeSpan?)r.Build).FirstOrDefault();
        var full = results.Where(r => r.Consumer == BuildConsumer.Full).Select(r => (TimeSpan?)r.Build).FirstOrDefault();
        Console.WriteLine("== clean builds compared ==");
        foreach (var (consumer, build, csc) in results)
        {
            string toRaw = raw is { } r ? $"{build / r:0.0}x raw" : "";
            string toFull = full is { } f ? $"{build / f:0.00}x full" : "";
            Console.WriteLine($"{consumer.Name,-40} {Measure.Seconds(build),10}  Csc {(csc is { } c ? Measure.Seconds(c) : "?"),10}  {toRaw,9}  {toFull}");
        }

        Console.WriteLine();
    }

    /// <summary>The median clean build of <paramref name="consumer"/> and the median time of its Csc task.</summary>
    private static (TimeSpan Build, TimeSpan? Csc) Time(RepositoryPaths paths, int runs, BuildConsumer consumer)
    {
        string shared = consumer.WarmServer ? "-p:UseSharedCompilation=true" : "-p:UseSharedCompilation=false";
        Console.WriteLine($"== consumer clean build ({consumer.Name}, {(consumer.WarmServer ? "UseSharedCompilation=true, after " + ServerWarmUps + " builds through a fresh server" : "UseSharedCompilation=false, cold")}) ==");
        string root = Path.Combine(Path.GetTempPath(), "oacg-bench-" + Guid.NewGuid().ToString("N")[..12]);
        string project = Path.Combine(root, "Consumer");
        try
        {
            WriteConsumer(paths, root, project, consumer);
            if (consumer.WarmServer)
            {
                DotNet.Run(project, ["build-server", "shutdown"], Timeout);
            }

            CommandResult warmUp = DotNet.RunChecked(project, ["build", "-c", "Release", shared, "-nodeReuse:false", "-tl:off"], Timeout);
            Console.WriteLine($"warm-up build (restore{(consumer.GeneratesClient ? ", generator and runtime in Release" : "")}): {Measure.Seconds(warmUp.Elapsed)}");
            for (int i = 0; consumer.WarmServer && i < ServerWarmUps; i++)
            {
                CommandResult serverWarmUp = CleanBuild(project, shared, consumer);
                Console.WriteLine($"server warm-up build {i + 1}: {Measure.Seconds(serverWarmUp.Elapsed)}");
            }

            var builds = new List<TimeSpan>();
            var compiles = new List<TimeSpan>();
            for (int i = 0; i < runs; i++)
            {
                CommandResult build = CleanBuild(project, shared, consumer);
                builds.Add(build.Elapsed);
                Match csc = CscTime().Match(build.Output);
                string cscText = csc.Success ? $", of which the Csc task {int.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture) / 1000.0:0.0} s" : "";
                if (csc.Success)
                {
                    compiles.Add(TimeSpan.FromMilliseconds(int.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture)));
                }

                Match warnings = WarningCount().Match(build.Output);
                Console.WriteLine($"clean build {i + 1}: {Measure.Seconds(build.Elapsed)}{cscText}; {(warnings.Success ? warnings.Groups[1].Value : "?")} warning(s)");
            }

            TimeSpan median = Measure.Median(builds);
            Console.WriteLine($"clean build (median of {runs}): {Measure.Seconds(median)}");
            Console.WriteLine();
            return (median, compiles.Count > 0 ? Measure.Median(compiles) : null);
        }
        finally
        {
            if (consumer.WarmServer)
            {
                DotNet.Run(project, ["build-server", "shutdown"], Timeout);
            }

            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    // The server's JIT has tiered the compiler and the generator up by the third build of the same project.
    private const int ServerWarmUps = 3;

    /// <summary>Deletes the consumer's bin/ and obj/, restores (not timed) and builds it.</summary>
    private static CommandResult CleanBuild(string project, string shared, BuildConsumer consumer)
    {
        Directory.Delete(Path.Combine(project, "bin"), recursive: true);
        Directory.Delete(Path.Combine(project, "obj"), recursive: true);
        DotNet.RunChecked(project, ["restore", "-nodeReuse:false", "-tl:off"], Timeout);
        return DotNet.RunChecked(
            project,
            ["build", "--no-restore", "-c", "Release", "-p:BuildProjectReferences=false", shared, "-nodeReuse:false", "-tl:off", "-clp:PerformanceSummary", .. consumer.BuildProperties],
            Timeout);
    }

    private static void WriteConsumer(RepositoryPaths paths, string root, string project, BuildConsumer consumer)
    {
        Directory.CreateDirectory(project);

        // The consumer stands alone: stop MSBuild's upward search for Directory.*.props in the temp folder.
        foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(root, name), "<Project />\n");
        }

        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), consumer.ProjectFile(paths));
        File.WriteAllText(Path.Combine(project, "Program.cs"), consumer.Program);
    }

    [GeneratedRegex(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscTime();

    [GeneratedRegex(@"^\s*(\d+) Warning\(s\)", RegexOptions.Multiline)]
    private static partial Regex WarningCount();
}
