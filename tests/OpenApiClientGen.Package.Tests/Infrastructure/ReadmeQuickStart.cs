namespace OpenApiClientGen.Package.Tests.Infrastructure;

/// <summary>
/// The README's quick start as it stands: the first <c>xml</c> block (the items a user adds to the project file) and
/// the first <c>csharp</c> block (Program.cs) of its "Quick start" section.
/// </summary>
public sealed record ReadmeQuickStart(string ProjectItems, string Program)
{
    public static ReadmeQuickStart Read(string readmePath)
    {
        string[] lines = File.ReadAllLines(readmePath);
        int start = Array.FindIndex(lines, line => line.Trim() == "## Quick start");
        Assert.True(start >= 0, "The README has no '## Quick start' section.");
        int end = Array.FindIndex(lines, start + 1, line => line.StartsWith("## ", StringComparison.Ordinal));
        string[] section = lines[(start + 1)..(end < 0 ? lines.Length : end)];
        return new ReadmeQuickStart(Block(section, "xml"), Block(section, "csharp"));
    }

    private static string Block(string[] section, string language)
    {
        int open = Array.FindIndex(section, line => line.Trim() == "```" + language);
        Assert.True(open >= 0, $"The quick start has no ```{language} block.");
        int close = Array.FindIndex(section, open + 1, line => line.Trim() == "```");
        Assert.True(close > open, $"The quick start's ```{language} block is not closed.");
        return string.Join("\n", section[(open + 1)..close]) + "\n";
    }
}
