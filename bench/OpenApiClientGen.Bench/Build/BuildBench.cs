using System.Globalization;
using System.Text.RegularExpressions;
using OpenApiClientGen.Bench.Infrastructure;

namespace OpenApiClientGen.Bench.Build;

/// <summary>
/// Times a clean build of a console project that holds the full GitHub client, set up like samples/GitHubRepos
/// (the in-repo generator as an analyzer, the runtime as a project reference). One warm-up build builds the
/// generator and runtime (Release) and restores; each timed run deletes the consumer's bin/ and obj/, restores
/// (not timed) and runs <c>dotnet build --no-restore -p:BuildProjectReferences=false</c>: the consumer's own
/// build, cold, as with a package (no compiler server: UseSharedCompilation=false).
/// </summary>
internal static partial class BuildBench
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    /// <param name="tags">An <c>OpenApiClientGen_Tags</c> value for a partial client, or null for the full one.</param>
    public static void Run(RepositoryPaths paths, int runs, Report report, string? tags = null)
    {
        string scope = tags is null ? "full GitHub client" : $"GitHub client, tags {tags}";
        Console.WriteLine($"== consumer clean build ({scope}, UseSharedCompilation=false, cold) ==");
        string root = Path.Combine(Path.GetTempPath(), "oacg-bench-" + Guid.NewGuid().ToString("N")[..12]);
        string project = Path.Combine(root, "Consumer");
        try
        {
            WriteConsumer(paths, root, project, tags);
            CommandResult warmUp = DotNet.RunChecked(project, ["build", "-c", "Release", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-tl:off"], Timeout);
            Console.WriteLine($"warm-up build (restore, generator and runtime in Release): {Measure.Seconds(warmUp.Elapsed)}");

            var builds = new List<TimeSpan>();
            var compiles = new List<TimeSpan>();
            for (int i = 0; i < runs; i++)
            {
                Directory.Delete(Path.Combine(project, "bin"), recursive: true);
                Directory.Delete(Path.Combine(project, "obj"), recursive: true);
                DotNet.RunChecked(project, ["restore", "-nodeReuse:false", "-tl:off"], Timeout);
                CommandResult build = DotNet.RunChecked(
                    project,
                    ["build", "--no-restore", "-c", "Release", "-p:BuildProjectReferences=false", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-tl:off", "-clp:PerformanceSummary"],
                    Timeout);
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
            report.Add(tags is null
                ? new ReportRow("consumer clean build", Measure.Seconds(median), median.TotalSeconds, 16, "<= 16 s")
                : new ReportRow($"consumer clean build (tags {tags})", Measure.Seconds(median)));
            if (compiles.Count > 0)
            {
                report.Add(new ReportRow("  of which Csc (compile + generator)", Measure.Seconds(Measure.Median(compiles))));
            }
        }
        finally
        {
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

    private static void WriteConsumer(RepositoryPaths paths, string root, string project, string? tags)
    {
        Directory.CreateDirectory(project);

        // The consumer stands alone: stop MSBuild's upward search for Directory.*.props in the temp folder.
        foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(root, name), "<Project />\n");
        }

        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{paths.GeneratorProps}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NoWarn>$(NoWarn);OACG0002</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{paths.RuntimeProject}" />
                <ProjectReference Include="{paths.GeneratorProject}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="{paths.GitHubSpec}" OpenApiClientGen_ClientName="GitHubClient" OpenApiClientGen_Namespace="GitHub" OpenApiClientGen_Tags="{tags}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            await using var github = new GitHub.GitHubClient();
            Console.WriteLine(github.Repos.GetType().Name);
            """);
    }

    [GeneratedRegex(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscTime();

    [GeneratedRegex(@"^\s*(\d+) Warning\(s\)", RegexOptions.Multiline)]
    private static partial Regex WarningCount();
}
