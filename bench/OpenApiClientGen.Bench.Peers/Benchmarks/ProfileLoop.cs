using System.Diagnostics;
using OpenApiClientGen.Bench.Peers.Contenders;
using OpenApiClientGen.Bench.Peers.Server;

namespace OpenApiClientGen.Bench.Peers.Benchmarks;

/// <summary>
/// The throughput row's loop for one contender, run for a given time and nothing else, so a profiler (dotnet-trace)
/// attached to the process sees only that client and the server: <c>--profile Generated 30</c>, optionally with the
/// number of tasks (64 by default).
/// </summary>
internal static class ProfileLoop
{
    public const string Argument = "--profile";

    public static async Task<int> RunAsync(string contender, string seconds, int tasks = ThroughputBenchmarks.Tasks)
    {
        await using PeerServer server = await PeerServer.StartAsync();
        using IPeerClient client = PeerClients.Create(Enum.Parse<Contender>(contender), server.BaseUri);
        await PeerClients.VerifyAsync(client, Enum.Parse<Contender>(contender));
        Console.WriteLine($"pid {Environment.ProcessId}: {contender} for {seconds} s, {tasks} tasks");
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes();
        var until = Stopwatch.StartNew();
        TimeSpan length = TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
        long calls = 0;
        var workers = new Task[tasks];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(async () =>
            {
                while (until.Elapsed < length)
                {
                    await client.GetRepositoryAsync();
                    Interlocked.Increment(ref calls);
                }
            });
        }

        await Task.WhenAll(workers);
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine(
            $"{calls / length.TotalSeconds:N0} calls/s; {cpu.TotalMicroseconds / calls:N0} µs of CPU per call; GCs gen0/1/2: "
            + $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; "
            + $"{(GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)calls / 1024:N1} KB allocated per call (the server's included)");
        return 0;
    }
}
