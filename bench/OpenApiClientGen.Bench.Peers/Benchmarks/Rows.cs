namespace OpenApiClientGen.Bench.Peers.Benchmarks;

/// <summary>The rows of the comparison, as the report names them.</summary>
internal static class Rows
{
    public const string FullRepository = "GET full repository";
    public const string ListOf30 = "GET list of 30 repositories";
    public const string ThreePages = "3 pages following Link";
    public const string Throughput = "10,000 calls over 64 tasks";
    public const string ColdStart = "process start → first call done";
}
