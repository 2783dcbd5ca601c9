using System.Text.RegularExpressions;
using OpenApiClientGen.Package.Tests.Infrastructure;

namespace OpenApiClientGen.Package.Tests;

/// <summary>
/// The README's quick start, exactly as written there, in a project made by <c>dotnet new console</c> (implicit usings
/// and nullable on) with warnings treated as errors: it must restore, build and run, signed in and anonymous, so the
/// README cannot drift from what compiles.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class QuickStartTests(PackagedFeed feed)
{
    [Fact]
    public async Task The_readme_quick_start_builds_in_a_fresh_strict_console_project_and_runs()
    {
        ReadmeQuickStart quickStart = ReadmeQuickStart.Read(Path.Combine(feed.RepositoryRoot, "README.md"));
        string project = await CreateProjectAsync(quickStart);

        await ConsumerProject.RestoreAsync(feed, project);
        CommandResult build = await ConsumerProject.BuildAsync(feed, project, "-warnaserror");

        // GitHub's description has two duplicate path signatures: still shown, as warnings, and the build succeeds.
        List<string> warnings = ConsumerProject.Warnings(build);
        Assert.Contains(warnings, line => line.Contains("warning OACG0002", StringComparison.Ordinal));
        Assert.All(warnings, line => Assert.Contains("warning OACG0002", line, StringComparison.Ordinal));

        string program = Path.Combine(project, "bin", "Release", "net10.0", "QuickStart.dll");
        await using QuickStartServer server = await QuickStartServer.StartAsync();

        CommandResult signedIn = await RunAsync(program, server, QuickStartServer.Token);
        Assert.True(signedIn.ExitCode == 0, "The quick start failed with a token." + Environment.NewLine + signedIn);
        Assert.Contains("octocat/Hello-World", signedIn.Output, StringComparison.Ordinal);
        Assert.Equal(["GET /repos/octocat/Hello-World signed-in", "GET /user/repos signed-in"], Drain(server));

        // An unset GITHUB_TOKEN makes anonymous calls instead of failing.
        CommandResult anonymous = await RunAsync(program, server, token: "");
        Assert.True(anonymous.ExitCode == 0, "The quick start failed without a token." + Environment.NewLine + anonymous);
        Assert.Contains("octocat/Hello-World", anonymous.Output, StringComparison.Ordinal);
        Assert.Equal(["GET /repos/octocat/Hello-World anonymous"], Drain(server));
    }

    /// <summary>A <c>dotnet new console</c> project with the README's items and program, treating warnings as errors.</summary>
    private async Task<string> CreateProjectAsync(ReadmeQuickStart quickStart)
    {
        string project = await ConsumerProject.CreateFolderAsync(feed, "QuickStart");
        await DotNetCli.RunCheckedAsync(project, ["new", "console", "--framework", "net10.0", "--no-restore"], ConsumerProject.RestoreTimeout);

        string projectFile = Path.Combine(project, "QuickStart.csproj");
        string text = await File.ReadAllTextAsync(projectFile);
        Assert.Contains("<ImplicitUsings>enable</ImplicitUsings>", text, StringComparison.Ordinal);
        Assert.Contains("<Nullable>enable</Nullable>", text, StringComparison.Ordinal);

        // The only change to the README's items: this run's package version, so no cached package is used.
        string items = PackageVersion().Replace(quickStart.ProjectItems, $"Include=\"{PackagedFeed.GeneratorPackageId}\" Version=\"{feed.Version}\"");
        Assert.Contains(feed.Version, items, StringComparison.Ordinal);
        text = text.Replace("</PropertyGroup>", "  <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n  </PropertyGroup>", StringComparison.Ordinal)
            .Replace("</Project>", items + "</Project>", StringComparison.Ordinal);
        await File.WriteAllTextAsync(projectFile, text);

        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), quickStart.Program);
        File.Copy(Path.Combine(feed.RepositoryRoot, "specs", "api.github.com.json"), Path.Combine(project, "api.github.com.json"));
        return project;
    }

    private static Task<CommandResult> RunAsync(string program, QuickStartServer server, string token) =>
        DotNetCli.RunAsync(
            Path.GetDirectoryName(program)!,
            [program],
            ConsumerProject.RunTimeout,
            new Dictionary<string, string> { ["GITHUB_TOKEN"] = token, ["GITHUB_API_URL"] = server.BaseAddress.AbsoluteUri.TrimEnd('/') });

    private static string[] Drain(QuickStartServer server)
    {
        var requests = new List<string>();
        while (server.Requests.TryDequeue(out string? request))
        {
            requests.Add(request);
        }

        return [.. requests];
    }

    [GeneratedRegex("Include=\"OpenApiClientGen\" Version=\"[^\"]*\"")]
    private static partial Regex PackageVersion();
}
