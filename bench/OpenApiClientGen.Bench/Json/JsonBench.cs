using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GitHub;
using OpenApiClientGen.Bench.Infrastructure;

namespace OpenApiClientGen.Bench.Json;

/// <summary>
/// Deserializes the same realistic payload (100 repositories) with the generated <c>GitHubJsonContext</c> and with
/// System.Text.Json's own source generator on hand-written models, in alternating rounds, and compares medians.
/// </summary>
internal static class JsonBench
{
    private const int Repositories = 100;

    public static void Run(int rounds, int perRound, Report report)
    {
        Console.WriteLine("== JSON deserialization (GitHub repositories) ==");
        byte[] payload = RepositoryPayload.Create(Repositories);
        Console.WriteLine($"payload: {Repositories} repositories, {payload.Length / 1024.0:0} KB UTF-8");

        JsonTypeInfo<IReadOnlyList<Repository>> generated = GeneratedTypeInfo(payload, out string? standIn);
        JsonTypeInfo<IReadOnlyList<HandWrittenRepository>> baseline = HandWrittenJsonContext.Default.IReadOnlyListHandWrittenRepository;

        // Both must read the same data, or the comparison means nothing.
        IReadOnlyList<Repository> generatedResult = JsonSerializer.Deserialize(payload, generated)!;
        IReadOnlyList<HandWrittenRepository> baselineResult = JsonSerializer.Deserialize(payload, baseline)!;
        if (Checksum(generatedResult) != Checksum(baselineResult))
        {
            throw new InvalidOperationException($"The two deserializers read different data (checksums {Checksum(generatedResult)} and {Checksum(baselineResult)}).");
        }

        // Every member of the payload maps to a property on both sides: nothing lands in the unknown-member bags.
        int unknown = generatedResult.Count(r => r.AdditionalProperties is not null || r.Owner.AdditionalProperties is not null)
            + baselineResult.Count(r => r.AdditionalProperties is not null || r.Owner.AdditionalProperties is not null);
        if (unknown != 0)
        {
            throw new InvalidOperationException($"{unknown} repositories kept members as unknown; the models do not match the payload.");
        }

        // Warm-up: long enough for tiered compilation to settle on both paths.
        for (int i = 0; i < 300; i++)
        {
            JsonSerializer.Deserialize(payload, generated);
            JsonSerializer.Deserialize(payload, baseline);
        }

        // Many short rounds, the order alternating, each round's two timings taken back to back: on a busy machine
        // drift then hits both alike, and the median of the per-round ratios cancels most of it.
        var generatedTimes = new List<TimeSpan>();
        var baselineTimes = new List<TimeSpan>();
        var pairedRatios = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            TimeSpan generatedTime, baselineTime;
            if (round % 2 == 0)
            {
                generatedTime = PerCall(payload, generated, perRound);
                baselineTime = PerCall(payload, baseline, perRound);
            }
            else
            {
                baselineTime = PerCall(payload, baseline, perRound);
                generatedTime = PerCall(payload, generated, perRound);
            }

            generatedTimes.Add(generatedTime);
            baselineTimes.Add(baselineTime);
            pairedRatios.Add(generatedTime / baselineTime);
        }

        TimeSpan generatedMedian = Measure.Median(generatedTimes);
        TimeSpan baselineMedian = Measure.Median(baselineTimes);
        double ratio = pairedRatios.Order().ElementAt(pairedRatios.Count / 2);
        double bestRatio = generatedTimes.Min() / baselineTimes.Min();
        Console.WriteLine($"generated GitHubJsonContext{standIn}: {Measure.Milliseconds(generatedMedian)} per payload (median; best {Measure.Milliseconds(generatedTimes.Min())}; {rounds} rounds x {perRound} calls)");
        Console.WriteLine($"System.Text.Json source generator, hand-written models: {Measure.Milliseconds(baselineMedian)} per payload (median; best {Measure.Milliseconds(baselineTimes.Min())})");
        Console.WriteLine($"ratio generated / STJ generator: {ratio:0.00}x (median of per-round ratios); {generatedMedian / baselineMedian:0.00}x (ratio of medians); {bestRatio:0.00}x (best rounds)");
        Console.WriteLine();

        report.Add(new ReportRow("deserialize 100 repos, generated", Measure.Milliseconds(generatedMedian) + standIn));
        report.Add(new ReportRow("deserialize 100 repos, STJ generator", Measure.Milliseconds(baselineMedian)));
        report.Add(new ReportRow("deserialize ratio generated / STJ", $"{ratio:0.00}x", ratio, 1.1, "<= 1.10x"));
        report.Add(new ReportRow("  same, best rounds", $"{bestRatio:0.00}x", bestRatio, 1.1, "<= 1.10x"));
    }

    /// <summary>
    /// The generated metadata for <c>IReadOnlyList&lt;Repository&gt;</c>. Should the generated context be unable to
    /// deserialize the payload, says so and measures it with System.Text.Json's own metadata standing in for the
    /// missing types only, so the rest of the figures still come out.
    /// </summary>
    private static JsonTypeInfo<IReadOnlyList<Repository>> GeneratedTypeInfo(byte[] payload, out string? standIn)
    {
        standIn = null;
        try
        {
            var info = (JsonTypeInfo<IReadOnlyList<Repository>>)(GitHubJsonContext.Default.GetTypeInfo(typeof(IReadOnlyList<Repository>))
                ?? throw new InvalidOperationException("GitHubJsonContext has no metadata for IReadOnlyList<Repository>."));
            JsonSerializer.Deserialize(payload, info);
            return info;
        }
        catch (NotSupportedException exception)
        {
            Console.WriteLine("GENERATED CONTEXT FAILED: " + exception.Message.Split('\n')[0]);
            Console.WriteLine("measuring it with System.Text.Json metadata standing in for the missing types");
            standIn = " (stand-in metadata for missing types)";
            var options = new JsonSerializerOptions
            {
                TypeInfoResolver = JsonTypeInfoResolver.Combine(GitHubJsonContext.Default, HandWrittenJsonContext.Default),
            };
            return (JsonTypeInfo<IReadOnlyList<Repository>>)options.GetTypeInfo(typeof(IReadOnlyList<Repository>));
        }
    }

    private static TimeSpan PerCall<T>(byte[] payload, JsonTypeInfo<T> info, int calls)
    {
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++)
        {
            JsonSerializer.Deserialize(payload, info);
        }

        return Stopwatch.GetElapsedTime(start) / calls;
    }

    private static long Checksum(IReadOnlyList<Repository> repositories) =>
        repositories.Sum(r => r.Id + r.Owner.Id + r.Name.Length + r.StargazersCount + r.ForksCount + (r.Topics?.Count ?? 0)
            + (r.License?.Key.Length ?? 0) + (r.Permissions?.Push == true ? 1 : 0) + (r.CreatedAt?.Second ?? 0) + (r.Description?.Length ?? 0)
            + r.Owner.Login.Length + r.ArchiveUrl.Length + (r.Homepage?.Length ?? 0));

    private static long Checksum(IReadOnlyList<HandWrittenRepository> repositories) =>
        repositories.Sum(r => r.Id + r.Owner.Id + r.Name.Length + r.StargazersCount + r.ForksCount + (r.Topics?.Count ?? 0)
            + (r.License?.Key.Length ?? 0) + (r.Permissions?.Push == true ? 1 : 0) + (r.CreatedAt?.Second ?? 0) + (r.Description?.Length ?? 0)
            + r.Owner.Login.Length + r.ArchiveUrl.Length + (r.Homepage?.Length ?? 0));
}
