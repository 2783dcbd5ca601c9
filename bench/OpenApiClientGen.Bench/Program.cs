using OpenApiClientGen.Bench.Build;
using OpenApiClientGen.Bench.Generator;
using OpenApiClientGen.Bench.Infrastructure;
using OpenApiClientGen.Bench.Json;

// Timing harness (not a test): generator time, generated size, consumer clean build times and JSON speed, each
// against its target. Parts: --generator, --build (the full GitHub client, also with the SDK's analyzers off, the
// client as the sample filters it and a raw console project, compared; the raw project and the full client again
// through a warm compiler server), --json (default: all three), --corpus (the generator on every description of
// specs/corpus: ms per MB, generated lines per operation), --compile-phases (where the compiler spends its time on
// the full client). Options: --warm-runs N (generator, 5), --build-runs N (1), --json-rounds N (60), --json-calls N
// (10 per round), --repo PATH, --tags "repos,issues" (also times a consumer build of only those tags).
// --first-call BASE_URI makes one call with the full GitHub client and exits (the cold-start child of
// bench/OpenApiClientGen.Bench.Peers).
if (args is [FirstCall.Argument, string baseUri])
{
    return await FirstCall.RunAsync(baseUri);
}

var parts = new HashSet<string>(StringComparer.Ordinal);
int warmRuns = 5, buildRuns = 1, jsonRounds = 60, jsonCalls = 10;
string? repo = null, tags = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--generator": parts.Add("generator"); break;
        case "--build": parts.Add("build"); break;
        case "--json": parts.Add("json"); break;
        case "--corpus": parts.Add("corpus"); break;
        case "--compile-phases": parts.Add("compile-phases"); break;
        case "--warm-runs": warmRuns = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--build-runs": buildRuns = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--json-rounds": jsonRounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--json-calls": jsonCalls = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--repo": repo = args[++i]; break;
        case "--tags": tags = args[++i]; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'; use --generator, --build, --json, --corpus, --compile-phases, --warm-runs N, --build-runs N, --json-rounds N, --json-calls N, --repo PATH, --tags LIST");
            return 2;
    }
}

if (parts.Count == 0)
{
    parts.UnionWith(["generator", "build", "json"]);
}

RepositoryPaths paths = RepositoryPaths.Find(repo);
string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
Console.WriteLine($"OpenApiClientGen bench: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {load}");
Console.WriteLine();

var report = new Report();
if (parts.Contains("generator"))
{
    GeneratorBench.Run(paths, warmRuns, report);
}

if (parts.Contains("corpus"))
{
    CorpusBench.Run(paths, warmRuns, report);
}

if (parts.Contains("build"))
{
    var consumers = new List<BuildConsumer>
    {
        BuildConsumer.Raw, BuildConsumer.Sample(paths), BuildConsumer.Full, BuildConsumer.FullWithoutAnalyzers,
        BuildConsumer.RawWarmServer, BuildConsumer.FullWarmServer,
    };
    if (tags is not null)
    {
        consumers.Insert(2, BuildConsumer.Tags(tags));
    }

    BuildBench.Run(paths, buildRuns, report, consumers);
}

if (parts.Contains("compile-phases"))
{
    CompilePhasesBench.Run(paths, report);
}

if (parts.Contains("json"))
{
    JsonBench.Run(jsonRounds, jsonCalls, report);
}

report.Print(Console.Out);
return 0;
