using System.Text.RegularExpressions;

namespace OpenApiClientGen.Package.Tests.Infrastructure;

/// <summary>
/// A consumer project outside the repository, as a user has it: a folder of its own that stops MSBuild's upward search
/// for Directory.*.props, a nuget.config with the packed folder and this machine's usual sources, and the packed
/// packages restored into this run's own package folder.
/// </summary>
public static partial class ConsumerProject
{
    public static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(3);
    // Generous: a limit against hangs, not a speed target (the full GitHub client alone takes 30–40 s on a quiet machine).
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Creates <c>root/name</c> beside its nuget.config and returns the project folder (empty).</summary>
    public static async Task<string> CreateFolderAsync(PackagedFeed feed, string name)
    {
        string root = Path.Combine(feed.Root, "consumers", name);
        string project = Path.Combine(root, name);
        Directory.CreateDirectory(project);
        foreach (string file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            await File.WriteAllTextAsync(Path.Combine(root, file), "<Project />\n");
        }

        await File.WriteAllTextAsync(Path.Combine(root, "nuget.config"), await NuGetConfigAsync(feed));
        return project;
    }

    /// <summary>The environment every restore and build of a consumer runs with: this run's package folder.</summary>
    public static Dictionary<string, string> Environment(PackagedFeed feed) =>
        new() { ["NUGET_PACKAGES"] = Path.Combine(feed.Root, "packages") };

    public static Task<CommandResult> RestoreAsync(PackagedFeed feed, string project) =>
        DotNetCli.RunCheckedAsync(project, ["restore", "-nodeReuse:false", "-tl:off"], RestoreTimeout, Environment(feed));

    public static Task<CommandResult> BuildAsync(PackagedFeed feed, string project, params string[] extra) =>
        DotNetCli.RunCheckedAsync(
            project,
            ["build", "--no-restore", "-c", "Release", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-tl:off", .. extra],
            BuildTimeout,
            Environment(feed));

    /// <summary>The distinct warning lines of a command's output (<c>warning XX0000</c>).</summary>
    public static List<string> Warnings(CommandResult result) =>
        result.Output.Split('\n').Where(line => WarningLine().IsMatch(line)).Select(line => line.Trim()).Distinct().ToList();

    public static void AssertNoWarnings(CommandResult result)
    {
        List<string> warnings = Warnings(result);
        Assert.True(warnings.Count == 0, "Warnings:" + System.Environment.NewLine + string.Join(System.Environment.NewLine, warnings) + System.Environment.NewLine + result);
    }

    /// <summary>
    /// The packed folder first, then the sources this machine's NuGet uses. Packages restore into this run's own
    /// folder; the machine's package folder serves as a read-only fallback so nothing else is downloaded again.
    /// </summary>
    private static async Task<string> NuGetConfigAsync(PackagedFeed feed)
    {
        CommandResult sourceList = await DotNetCli.RunCheckedAsync(feed.RepositoryRoot, ["nuget", "list", "source", "--format", "short"], RestoreTimeout);
        List<string> sources = sourceList.Output
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToList();

        CommandResult locals = await DotNetCli.RunCheckedAsync(feed.RepositoryRoot, ["nuget", "locals", "global-packages", "--list"], RestoreTimeout);
        string? machinePackages = locals.Output
            .Split('\n', StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("global-packages:", StringComparison.Ordinal))
            .Select(line => line["global-packages:".Length..].Trim())
            .FirstOrDefault(Directory.Exists);

        var config = new System.Text.StringBuilder();
        config.AppendLine("""<?xml version="1.0" encoding="utf-8"?>""");
        config.AppendLine("<configuration>");
        config.AppendLine("  <packageSources>");
        config.AppendLine("    <clear />");
        config.AppendLine($"""    <add key="packed" value="{feed.Feed}" />""");
        for (int i = 0; i < sources.Count; i++)
        {
            config.AppendLine($"""    <add key="source{i}" value="{System.Security.SecurityElement.Escape(sources[i])}" />""");
        }

        config.AppendLine("  </packageSources>");
        if (machinePackages is not null)
        {
            config.AppendLine("  <fallbackPackageFolders>");
            config.AppendLine($"""    <add key="machine" value="{System.Security.SecurityElement.Escape(machinePackages)}" />""");
            config.AppendLine("  </fallbackPackageFolders>");
        }

        config.AppendLine("</configuration>");
        return config.ToString();
    }

    [GeneratedRegex(@"\bwarning\s+[A-Z]+[0-9]+\b")]
    private static partial Regex WarningLine();
}
