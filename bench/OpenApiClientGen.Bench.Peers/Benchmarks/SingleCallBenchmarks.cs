using BenchmarkDotNet.Attributes;
using OpenApiClientGen.Bench.Peers.Contenders;
using OpenApiClientGen.Bench.Peers.Server;

namespace OpenApiClientGen.Bench.Peers.Benchmarks;

/// <summary>One call at a time on a warm client: time and allocation per call (the server's share included, the same for all).</summary>
public class SingleCallBenchmarks
{
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

    [Benchmark(Description = Rows.FullRepository)]
    public Task<long> GetFullRepository() => _client.GetRepositoryAsync();

    [Benchmark(Description = Rows.ListOf30)]
    public Task<int> ListRepositories() => _client.ListRepositoriesAsync();

    [Benchmark(Description = Rows.ThreePages)]
    public Task<int> ReadThreePages() => _client.ReadAllPagesAsync();
}
