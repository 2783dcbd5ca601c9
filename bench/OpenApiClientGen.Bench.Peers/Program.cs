using OpenApiClientGen.Bench.Peers;
using OpenApiClientGen.Bench.Peers.Benchmarks;
using OpenApiClientGen.Bench.Peers.Cold;

// The runtime comparison (run-peers.sh runs it all): BenchmarkDotNet rows against raw HttpClient + System.Text.Json,
// Octokit, Refit and Kiota, then cold starts in separate processes; writes bench/results/peers.md and peers.svg.
// Options: --benchmarks / --cold (default: both), --cold-runs N (5), --quick (a smoke run with one iteration),
// --allocations (bytes per call of each client, without BenchmarkDotNet),
// --full-client PATH (OpenApiClientGen.Bench.dll for the full client's cold start), --out DIR (bench/results).
// A child of a cold start runs as: --first-call CONTENDER BASE_URI. --profile CONTENDER SECONDS [TASKS] runs the
// throughput loop of one contender alone, for a profiler.
if (args is [FirstCall.Argument, string contender, string baseUri])
{
    // Kept apart from the harness so that a cold child loads nothing of BenchmarkDotNet.
    return await FirstCall.RunAsync(contender, baseUri);
}

if (args is [ProfileLoop.Argument, string profiled, string seconds, .. var rest])
{
    return await ProfileLoop.RunAsync(profiled, seconds, rest is [string tasks] ? int.Parse(tasks, System.Globalization.CultureInfo.InvariantCulture) : ThroughputBenchmarks.Tasks);
}

return await PeerRun.RunAsync(args);
