using System.Globalization;
using System.Text;
using OpenApiClientGen.Bench.Peers.Benchmarks;
using OpenApiClientGen.Bench.Peers.Contenders;

namespace OpenApiClientGen.Bench.Peers.Reporting;

/// <summary>The comparison as a Markdown table: raw's absolute figures, everyone else's as ratios to raw.</summary>
internal static class MarkdownTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(Results results, string conditions)
    {
        Contender[] others = [Contender.Generated, Contender.Octokit, Contender.Refit, Contender.Kiota];
        var text = new StringBuilder();
        text.AppendLine(conditions).AppendLine();
        text.Append("| measure | raw HttpClient + STJ | ").AppendJoin(" | ", others.Select(Name)).AppendLine(" | goal for this client |");
        text.Append("|---|---:|").AppendJoin("", others.Select(_ => "---:|")).AppendLine("---|");
        foreach (string row in results.RowsInOrder)
        {
            Goal goal = Goal.ByRow[row];
            Measurement? raw = results.Find(row, Contender.Raw);
            string measure = goal.AsThroughput ? "throughput" : "time";
            string rawFigure = raw is null ? "–" : goal.AsThroughput
                ? string.Create(Invariant, $"{ThroughputBenchmarks.Calls / (raw.Nanoseconds / 1e9):N0} calls/s")
                : Time(raw.Nanoseconds);
            text.Append(Invariant, $"| {row}: {measure} | {rawFigure} | ")
                .AppendJoin(" | ", others.Select(c => Ratio(results.TimeRatio(row, c), goal.AsThroughput)))
                .Append(" | ").Append(Verdict(results.TimeRatio(row, Contender.Generated), goal.MaxTimeRatio, goal.AsThroughput)).AppendLine(" |");
            if (raw?.AllocatedBytes is long rawBytes && !goal.AsThroughput)
            {
                text.Append(Invariant, $"| {row}: allocated | {Bytes(rawBytes)} | ")
                    .AppendJoin(" | ", others.Select(c => Ratio(results.AllocationRatio(row, c), false)))
                    .Append(" | ").Append(goal.MaxAllocationRatio is { } max ? Verdict(results.AllocationRatio(row, Contender.Generated), max, false) : "")
                    .AppendLine(" |");
            }
        }

        text.AppendLine().AppendLine("Ratios are to raw HttpClient + System.Text.Json (1.00× = as fast or as small; throughput: higher is better).");
        return text.ToString();
    }

    public static string Name(Contender contender) => contender switch
    {
        Contender.Raw => "raw HttpClient + STJ",
        Contender.Generated => "this client",
        _ => contender.ToString(),
    };

    private static string Ratio(double? ratio, bool asThroughput) =>
        ratio is not { } value ? "–" : string.Create(Invariant, $"{(asThroughput ? 1 / value : value):0.00}×");

    private static string Verdict(double? ratio, double max, bool asThroughput)
    {
        if (ratio is not { } value)
        {
            return "–";
        }

        string goal = asThroughput ? string.Create(Invariant, $"≥ {1 / max:0.00}×") : string.Create(Invariant, $"≤ {max:0.00}×");
        return value <= max ? $"{goal}: met" : $"{goal}: **missed**";
    }

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => string.Create(Invariant, $"{nanoseconds / 1e9:0.00} s"),
        >= 1e6 => string.Create(Invariant, $"{nanoseconds / 1e6:0.0} ms"),
        >= 1e3 => string.Create(Invariant, $"{nanoseconds / 1e3:0.0} µs"),
        _ => string.Create(Invariant, $"{nanoseconds:0} ns"),
    };

    private static string Bytes(long bytes) => string.Create(Invariant, $"{bytes / 1024.0:0.0} KB");
}
