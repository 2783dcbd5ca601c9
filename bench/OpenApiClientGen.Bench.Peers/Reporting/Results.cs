using OpenApiClientGen.Bench.Peers.Benchmarks;
using OpenApiClientGen.Bench.Peers.Contenders;

namespace OpenApiClientGen.Bench.Peers.Reporting;

/// <summary>One figure of one contender: a mean time per operation and, from BenchmarkDotNet, the bytes allocated.</summary>
internal sealed record Measurement(string Row, Contender Contender, double Nanoseconds, long? AllocatedBytes);

/// <summary>What this project's client should reach per row, relative to raw (issue 13).</summary>
internal sealed record Goal(double MaxTimeRatio, double? MaxAllocationRatio, bool AsThroughput = false)
{
    public static readonly IReadOnlyDictionary<string, Goal> ByRow = new Dictionary<string, Goal>
    {
        [Rows.FullRepository] = new(1.10, 1.15),
        [Rows.ListOf30] = new(1.10, 1.15),
        [Rows.ThreePages] = new(1.05, 1.15),

        // Throughput at least 0.95× raw's.
        [Rows.Throughput] = new(1 / 0.95, null, AsThroughput: true),
        [Rows.ColdStart] = new(1.2, null),
    };
}

/// <summary>Every measurement of one run, looked up by row and contender.</summary>
internal sealed class Results(IEnumerable<Measurement> measurements)
{
    private readonly List<Measurement> _measurements = [.. measurements];

    public IReadOnlyList<Measurement> All => _measurements;

    public IEnumerable<string> RowsInOrder =>
        new[] { Rows.FullRepository, Rows.ListOf30, Rows.ThreePages, Rows.Throughput, Rows.ColdStart }
            .Where(row => _measurements.Any(m => m.Row == row));

    public Measurement? Find(string row, Contender contender) =>
        _measurements.FirstOrDefault(m => m.Row == row && m.Contender == contender);

    /// <summary>The contender's time over raw's (for throughput: raw's throughput over the contender's, the same number).</summary>
    public double? TimeRatio(string row, Contender contender) =>
        Find(row, contender) is { } m && Find(row, Contender.Raw) is { Nanoseconds: > 0 } raw ? m.Nanoseconds / raw.Nanoseconds : null;

    public double? AllocationRatio(string row, Contender contender) =>
        Find(row, contender) is { AllocatedBytes: long bytes } && Find(row, Contender.Raw) is { AllocatedBytes: > 0 and long rawBytes }
            ? (double)bytes / rawBytes
            : null;
}
