using BenchmarkDotNet.Attributes;
using OpenApiClientGen.Bench.Peers.Contenders;
using OpenApiClientGen.Bench.Peers.Server;

namespace OpenApiClientGen.Bench.Peers.Benchmarks;

/// <summary>
/// 10,000 GETs of the full repository from 64 concurrent tasks sharing one client; the time of the whole batch, so
/// throughput relative to raw is raw's time over the contender's.
/// </summary>
public class ThroughputBenchmarks
{
    public const int Calls = 10_000;
    public const int Tasks = 64;

    private PeerServer _server = null!;
    private IPeerClient _client = null!;

    [ParamsAllValues]
    public Contender Contender { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _server = PeerServer.StartAsync().GetAwaiter().GetResult();
        _client = PeerClients.Create(Contender, _server.BaseUri);
        PeerClients.VerifyAsync(_client, Contender).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = Rows.Throughput)]
    public async Task<long> ConcurrentCalls()
    {
        int issued = 0;
        var workers = new Task<long>[Tasks];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(async () =>
            {
                long sum = 0;
                while (Interlocked.Increment(ref issued) <= Calls)
                {
                    sum += await _client.GetRepositoryAsync();
                }

                return sum;
            });
        }

        return (await Task.WhenAll(workers)).Sum();
    }
}
