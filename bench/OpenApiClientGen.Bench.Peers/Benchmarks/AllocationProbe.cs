using OpenApiClientGen.Bench.Peers.Contenders;
using OpenApiClientGen.Bench.Peers.Server;

namespace OpenApiClientGen.Bench.Peers.Benchmarks;

/// <summary>
/// A quick look at bytes allocated per call (the whole process, the server's share included, as BenchmarkDotNet counts
/// them) without a full BenchmarkDotNet run: for tuning the runtime, where the difference to raw is what matters.
/// </summary>
internal static class AllocationProbe
{
    public static async Task RunAsync(int calls)
    {
        await using PeerServer server = await PeerServer.StartAsync();
        foreach (Contender contender in Enum.GetValues<Contender>())
        {
            using IPeerClient client = PeerClients.Create(contender, server.BaseUri);
            await PeerClients.VerifyAsync(client, contender);
            (double full, double fullMicroseconds) = await PerCallAsync(calls, () => client.GetRepositoryAsync());
            (double list, double listMicroseconds) = await PerCallAsync(calls, () => client.ListRepositoriesAsync());
            (double pages, double pagesMicroseconds) = await PerCallAsync(calls / 3, () => client.ReadAllPagesAsync());
            Console.WriteLine(
                $"{contender,-10} full repository {full,9:N0} B {fullMicroseconds,7:N0} µs   list of 30 {list,9:N0} B {listMicroseconds,7:N0} µs   "
                + $"3 pages {pages,10:N0} B {pagesMicroseconds,7:N0} µs");
        }

        // The models' share: the same body deserialized from a stream, without HTTP.
        (double rawModel, _) = await PerCallAsync(calls, () => DeserializeAsync(PeerServer.FullRepository, Raw.RawJsonContext.Default.RawFullRepository));
        (double generatedModel, _) = await PerCallAsync(calls, () => DeserializeAsync(PeerServer.FullRepository, GitHub.GitHubJsonContext.Default.FullRepository));
        Console.WriteLine($"deserializing the full repository alone: raw models {rawModel:N0} B, generated models {generatedModel:N0} B");
    }

    private static async Task<T> DeserializeAsync<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        using var stream = new MemoryStream(body, writable: false);
        return (await System.Text.Json.JsonSerializer.DeserializeAsync(stream, type))!;
    }

    /// <returns>Bytes allocated and mean microseconds per call (a rough time: one pass, no statistics).</returns>
    private static async Task<(double Bytes, double Microseconds)> PerCallAsync<T>(int calls, Func<Task<T>> call)
    {
        for (int i = 0; i < 20; i++)
        {
            await call();
        }

        long before = GC.GetTotalAllocatedBytes(precise: true);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++)
        {
            await call();
        }

        double microseconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds / calls;
        return ((GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls, microseconds);
    }
}
