using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenApiClientGen.Bench.Peers.Benchmarks;
using OpenApiClientGen.Bench.Peers.Cold;
using OpenApiClientGen.Bench.Peers.Contenders;
using OpenApiClientGen.Bench.Peers.Reporting;
using Measurement = OpenApiClientGen.Bench.Peers.Reporting.Measurement;

namespace OpenApiClientGen.Bench.Peers;

/// <summary>One run of the comparison: the benchmarks in this process, the cold starts in children, the report.</summary>
internal static class PeerRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        bool benchmarks = false, cold = false, quick = false;
        int coldRuns = 5;
        string? fullClient = null, output = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--benchmarks": benchmarks = true; break;
                case "--cold": cold = true; break;
                case "--quick": quick = true; break;
                case "--allocations":
                    await AllocationProbe.RunAsync(300);
                    return 0;
                case "--cold-runs": coldRuns = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--full-client": fullClient = args[++i]; break;
                case "--out": output = args[++i]; break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'; use --benchmarks, --cold, --quick, --allocations, --cold-runs N, --full-client PATH, --out DIR");
                    return 2;
            }
        }

        if (!benchmarks && !cold)
        {
            benchmarks = cold = true;
        }

        string repository = FindRepository();
        output ??= Path.Combine(repository, "bench", "results");
        fullClient ??= Path.Combine(repository, "bench", "OpenApiClientGen.Bench", "bin", "Release", "net10.0", "OpenApiClientGen.Bench.dll");
        string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        string conditions = $"One run on {DateTime.UtcNow:yyyy-MM-dd}: {Environment.ProcessorCount} cores, .NET {Environment.Version}, "
            + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, load average at start {load}; server: Kestrel on 127.0.0.1 in the same process.";
        Console.WriteLine(conditions);

        var measurements = new List<Measurement>();
        if (benchmarks)
        {
            // Every client's code, the server's and the runtime's, through tiered compilation before anything is timed,
            // so the first contender does not pay for what the others then share; prints bytes per call on the way.
            await AllocationProbe.RunAsync(quick ? 30 : 300);
            measurements.AddRange(Collect(BenchmarkRunner.Run<SingleCallBenchmarks>(Config(quick, throughput: false))));
            measurements.AddRange(Collect(BenchmarkRunner.Run<ThroughputBenchmarks>(Config(quick, throughput: true))));
        }

        string? coldNote = null;
        if (cold)
        {
            (List<Measurement> coldMeasurements, double? reposClient) = await ColdStart.RunAsync(quick ? 1 : coldRuns, File.Exists(fullClient) ? fullClient : null);
            measurements.AddRange(coldMeasurements);
            coldNote = reposClient is { } ms
                ? string.Create(CultureInfo.InvariantCulture, $"Cold start of this client is the full GitHub client's (OpenApiClientGen.Bench); the repos-tag client took {ms:0} ms.")
                : "Cold start of this client is the repos-tag client's (OpenApiClientGen.Bench was not built).";
        }

        var results = new Results(measurements);
        Directory.CreateDirectory(output);
        string table = MarkdownTable.Write(results, conditions) + (coldNote is null ? "" : Environment.NewLine + coldNote + Environment.NewLine);
        await File.WriteAllTextAsync(Path.Combine(output, "peers.md"), table);
        await File.WriteAllTextAsync(Path.Combine(output, "peers.svg"), SvgChart.Draw(results, "Cost relative to raw HttpClient + System.Text.Json (shorter is better)"));
        Console.WriteLine();
        Console.WriteLine(table);
        Console.WriteLine($"written: {Path.Combine(output, "peers.md")}, {Path.Combine(output, "peers.svg")}");
        return 0;
    }

    private static IConfig Config(bool quick, bool throughput)
    {
        // In process: no project is generated and rebuilt per benchmark, and the server lives beside the clients.
        Job job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
        job = quick
            ? job.WithWarmupCount(1).WithIterationCount(1)
            : throughput
                ? job.WithWarmupCount(1).WithIterationCount(3)
                : job.WithWarmupCount(3).WithIterationCount(9);
        if (throughput)
        {
            job = job.WithInvocationCount(1).WithUnrollFactor(1);
        }

        return ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "openapiclientgen-peers"))
            .WithOptions(ConfigOptions.DisableLogFile);
    }

    private static IEnumerable<Measurement> Collect(Summary summary)
    {
        foreach (BenchmarkReport report in summary.Reports)
        {
            if (report.ResultStatistics is not { } statistics)
            {
                Console.Error.WriteLine($"no result for {report.BenchmarkCase.DisplayInfo}");
                continue;
            }

            var contender = (Contender)report.BenchmarkCase.Parameters["Contender"];
            string row = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            // The median: on shared cores a few disturbed iterations move the mean far more.
            yield return new Measurement(row, contender, statistics.Median, allocated);
        }
    }

    private static string FindRepository()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenApiClientGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OpenApiClientGen.sln not found above " + AppContext.BaseDirectory);
    }
}
