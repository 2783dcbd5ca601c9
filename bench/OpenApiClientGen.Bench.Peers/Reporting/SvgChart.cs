using System.Globalization;
using System.Net;
using System.Text;
using OpenApiClientGen.Bench.Peers.Contenders;

namespace OpenApiClientGen.Bench.Peers.Reporting;

/// <summary>
/// The comparison as horizontal bars: per measure, each client's cost relative to raw (1.0, the dashed line), so
/// shorter is better everywhere (throughput is drawn as time per call). Bars past <see cref="MaxRatio"/> are cut and
/// labelled with their value.
/// </summary>
internal static class SvgChart
{
    private const double MaxRatio = 5;
    private const int Width = 900;
    private const int LabelWidth = 290;
    private const int PlotWidth = Width - LabelWidth - 70;
    private const int BarHeight = 11;
    private const int GroupGap = 14;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly (Contender Contender, string Colour)[] Bars =
    [
        (Contender.Generated, "#2f6fdf"),
        (Contender.Octokit, "#8a8a8a"),
        (Contender.Refit, "#e08a1e"),
        (Contender.Kiota, "#3a9a5b"),
    ];

    public static string Draw(Results results, string title)
    {
        var groups = new List<(string Label, Func<Contender, double?> Ratio)>();
        foreach (string row in results.RowsInOrder)
        {
            bool throughput = Goal.ByRow[row].AsThroughput;
            groups.Add(($"{row}: {(throughput ? "time per call" : "time")}", c => results.TimeRatio(row, c)));
            if (!throughput && results.Find(row, Contender.Raw)?.AllocatedBytes is not null)
            {
                groups.Add(($"{row}: allocated", c => results.AllocationRatio(row, c)));
            }
        }

        int top = 60;
        int groupHeight = (Bars.Length * BarHeight) + GroupGap;
        int height = top + (groups.Count * groupHeight) + 40;
        var svg = new StringBuilder();
        svg.Append(Invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append(Invariant, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>\n");
        svg.Append(Invariant, $"<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{Escape(title)}</text>\n");

        int legendX = 10;
        foreach ((Contender contender, string colour) in Bars)
        {
            svg.Append(Invariant, $"<rect x=\"{legendX}\" y=\"32\" width=\"12\" height=\"12\" fill=\"{colour}\"/>");
            svg.Append(Invariant, $"<text x=\"{legendX + 16}\" y=\"42\">{Escape(MarkdownTable.Name(contender))}</text>\n");
            legendX += 130;
        }

        for (int g = 0; g < groups.Count; g++)
        {
            int y = top + (g * groupHeight);
            svg.Append(Invariant, $"<text x=\"{LabelWidth - 8}\" y=\"{y + (Bars.Length * BarHeight / 2) + 4}\" text-anchor=\"end\">{Escape(groups[g].Label)}</text>\n");
            for (int b = 0; b < Bars.Length; b++)
            {
                if (groups[g].Ratio(Bars[b].Contender) is not { } ratio)
                {
                    continue;
                }

                double width = X(Math.Min(ratio, MaxRatio));
                int barY = y + (b * BarHeight);
                svg.Append(Invariant, $"<rect x=\"{LabelWidth}\" y=\"{barY}\" width=\"{width:0.0}\" height=\"{BarHeight - 2}\" fill=\"{Bars[b].Colour}\"/>");
                svg.Append(Invariant, $"<text x=\"{LabelWidth + width + 4:0.0}\" y=\"{barY + BarHeight - 3}\" font-size=\"9\">{ratio:0.00}×</text>\n");
            }
        }

        int axisY = height - 30;
        for (int tick = 0; tick <= MaxRatio; tick++)
        {
            double x = LabelWidth + X(tick);
            svg.Append(Invariant, $"<line x1=\"{x:0.0}\" y1=\"{top - 6}\" x2=\"{x:0.0}\" y2=\"{axisY}\" stroke=\"{(tick == 1 ? "#000" : "#ddd")}\"{(tick == 1 ? " stroke-dasharray=\"4 3\"" : "")}/>");
            svg.Append(Invariant, $"<text x=\"{x:0.0}\" y=\"{axisY + 14}\" text-anchor=\"middle\">{tick}×{(tick == 1 ? " (raw)" : "")}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static double X(double ratio) => ratio / MaxRatio * PlotWidth;

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
