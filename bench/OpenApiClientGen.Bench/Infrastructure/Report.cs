using System.Globalization;

namespace OpenApiClientGen.Bench.Infrastructure;

/// <summary>One row of the summary: a figure and, where there is one, its target (lower is better).</summary>
internal sealed record ReportRow(string Measure, string Value, double? Actual = null, double? Target = null, string? TargetText = null);

/// <summary>Collects rows and prints them as a compact table with the ratio to each target.</summary>
internal sealed class Report
{
    private readonly List<ReportRow> _rows = [];

    public void Add(ReportRow row) => _rows.Add(row);

    public void Print(TextWriter writer)
    {
        var lines = new List<string[]> { new[] { "measure", "value", "target", "value/target", "meets" } };
        foreach (ReportRow row in _rows)
        {
            string ratio = row.Actual is { } actual && row.Target is { } target
                ? (actual / target).ToString("0.00", CultureInfo.InvariantCulture) + "x"
                : "";
            string meets = row.Actual is { } a && row.Target is { } t ? (a <= t ? "yes" : "NO") : "";
            lines.Add([row.Measure, row.Value, row.TargetText ?? "", ratio, meets]);
        }

        int[] widths = Enumerable.Range(0, 5).Select(column => lines.Max(line => line[column].Length)).ToArray();
        foreach (string[] line in lines)
        {
            writer.WriteLine("| " + string.Join(" | ", line.Select((cell, column) => cell.PadRight(widths[column]))) + " |");
            if (ReferenceEquals(line, lines[0]))
            {
                writer.WriteLine("|" + string.Join("|", widths.Select(width => new string('-', width + 2))) + "|");
            }
        }
    }
}
