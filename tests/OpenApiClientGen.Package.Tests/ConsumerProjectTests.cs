using System.Text.RegularExpressions;
using OpenApiClientGen.Package.Tests.Infrastructure;

namespace OpenApiClientGen.Package.Tests;

/// <summary>
/// Exactly what a user does: a new console project, a nuget.config with the packed folder and the usual feeds,
/// <c>PackageReference Include="OpenApiClientGen"</c>, a JSON and a YAML description as AdditionalFiles, restore, build,
/// run. The program calls a server in this test process through both generated clients.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class ConsumerProjectTests(PackagedFeed feed)
{
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_fresh_project_restores_the_package_builds_without_warnings_and_calls_the_api()
    {
        string project = await CreateConsumerAsync();
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(feed.Root, "packages") };

        CommandResult restore = await DotNetCli.RunCheckedAsync(project, ["restore", "-nodeReuse:false", "-tl:off"], RestoreTimeout, environment);
        AssertNoWarnings(restore);

        // The runtime package came in through the generator package's dependency, not a reference of the project.
        string assets = await File.ReadAllTextAsync(Path.Combine(project, "obj", "project.assets.json"));
        Assert.Contains($"\"{PackagedFeed.GeneratorPackageId}/{feed.Version}\"", assets, StringComparison.Ordinal);
        Assert.Contains($"\"{PackagedFeed.RuntimePackageId}/{feed.Version}\"", assets, StringComparison.Ordinal);

        CommandResult build = await DotNetCli.RunCheckedAsync(
            project,
            ["build", "--no-restore", "-c", "Release", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-tl:off"],
            BuildTimeout,
            environment);
        AssertNoWarnings(build);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        string output = Path.Combine(project, "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "OpenApiClientGen.Runtime.dll")), "The runtime assembly was not copied to the output." + Environment.NewLine + build);
        Assert.False(File.Exists(Path.Combine(output, "OpenApiClientGen.dll")), "The generator must not be a runtime dependency of the consumer.");

        await using PetServer server = await PetServer.StartAsync();
        CommandResult run = await DotNetCli.RunAsync(project, [Path.Combine(output, "Consumer.dll"), server.BaseAddress.AbsoluteUri], RunTimeout);
        Assert.True(run.ExitCode == 0, "The consumer program failed." + Environment.NewLine + run);
        Assert.Contains($"pet 1: {PetServer.PetName}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"status: {PetServer.StatusMessage}", run.Output, StringComparison.Ordinal);
        Assert.Equal(["GET /v1/pets/1", "GET /v1/status"], server.Requests.ToArray());
    }

    /// <summary>Writes the consumer project into a new folder and returns that folder.</summary>
    private async Task<string> CreateConsumerAsync()
    {
        string root = Path.Combine(feed.Root, "consumer");
        string project = Path.Combine(root, "Consumer");
        Directory.CreateDirectory(project);

        // Stop MSBuild's upward search for Directory.*.props in the temp folder: the project stands alone.
        foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            await File.WriteAllTextAsync(Path.Combine(root, name), "<Project />\n");
        }

        await File.WriteAllTextAsync(Path.Combine(root, "nuget.config"), await NuGetConfigAsync());
        await File.WriteAllTextAsync(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackagedFeed.GeneratorPackageId}" Version="{feed.Version}" />
                <AdditionalFiles Include="features.json" OpenApiClientGen_ClientName="FeaturesClient" OpenApiClientGen_Namespace="Features" />
                <AdditionalFiles Include="features-mini.yaml" OpenApiClientGen_ClientName="StatusClient" OpenApiClientGen_Namespace="Features.Status" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs"), Path.Combine(project, "Program.cs"));
        File.Copy(Path.Combine(feed.RepositoryRoot, "specs", "features.json"), Path.Combine(project, "features.json"));
        File.Copy(Path.Combine(feed.RepositoryRoot, "specs", "features-mini.yaml"), Path.Combine(project, "features-mini.yaml"));
        return project;
    }

    /// <summary>
    /// The packed folder first, then the sources this machine's NuGet uses. Packages restore into this run's own
    /// folder; the machine's package folder serves as a read-only fallback so nothing else is downloaded again.
    /// </summary>
    private async Task<string> NuGetConfigAsync()
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

    private static void AssertNoWarnings(CommandResult result)
    {
        List<string> warnings = result.Output.Split('\n').Where(line => WarningLine().IsMatch(line)).Select(line => line.Trim()).Distinct().ToList();
        Assert.True(warnings.Count == 0, "Warnings:" + Environment.NewLine + string.Join(Environment.NewLine, warnings) + Environment.NewLine + result);
    }

    [GeneratedRegex(@"\bwarning\s+[A-Z]+[0-9]+\b")]
    private static partial Regex WarningLine();
}
