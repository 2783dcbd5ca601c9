using System.Diagnostics;

namespace OpenApiClientGen.Bench.Infrastructure;

internal static class Measure
{
    /// <summary>Runs <paramref name="action"/> once after a full garbage collection and returns its duration.</summary>
    public static TimeSpan Once(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start);
    }

    public static TimeSpan Median(IEnumerable<TimeSpan> samples)
    {
        List<TimeSpan> sorted = samples.Order().ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No samples.", nameof(samples));
        }

        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) + " s";

    public static string Milliseconds(TimeSpan value) => value.TotalMilliseconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) + " ms";
}
