using OpenApiClientGen.Package.Tests.Infrastructure;

namespace OpenApiClientGen.Package.Tests;

/// <summary>
/// Exactly what a user does: a new console project, a nuget.config with the packed folder and the usual feeds,
/// <c>PackageReference Include="OpenApiClientGen"</c>, a JSON and a YAML description as AdditionalFiles (the YAML one
/// twice, under two client names and namespaces; the JSON one twice too, once with every operation filter), restore,
/// build with warnings as errors, run. The program calls a server in this test process through the four generated
/// clients.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerProjectTests(PackagedFeed feed)
{
    [Fact]
    public async Task A_fresh_project_restores_the_package_builds_without_warnings_and_calls_the_api()
    {
        string project = await CreateConsumerAsync();

        CommandResult restore = await ConsumerProject.RestoreAsync(feed, project);
        ConsumerProject.AssertNoWarnings(restore);

        // The runtime package came in through the generator package's dependency, not a reference of the project.
        string assets = await File.ReadAllTextAsync(Path.Combine(project, "obj", "project.assets.json"));
        Assert.Contains($"\"{PackagedFeed.GeneratorPackageId}/{feed.Version}\"", assets, StringComparison.Ordinal);
        Assert.Contains($"\"{PackagedFeed.RuntimePackageId}/{feed.Version}\"", assets, StringComparison.Ordinal);

        CommandResult build = await ConsumerProject.BuildAsync(feed, project);
        ConsumerProject.AssertNoWarnings(build);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        string output = Path.Combine(project, "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "OpenApiClientGen.Runtime.dll")), "The runtime assembly was not copied to the output." + Environment.NewLine + build);
        Assert.False(File.Exists(Path.Combine(output, "OpenApiClientGen.dll")), "The generator must not be a runtime dependency of the consumer.");

        await using PetServer server = await PetServer.StartAsync();
        CommandResult run = await DotNetCli.RunAsync(project, [Path.Combine(output, "Consumer.dll"), server.BaseAddress.AbsoluteUri], ConsumerProject.RunTimeout);
        Assert.True(run.ExitCode == 0, "The consumer program failed." + Environment.NewLine + run);
        Assert.Contains($"pet 1: {PetServer.PetName}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"status: {PetServer.StatusMessage}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"backup status: {PetServer.StatusMessage}", run.Output, StringComparison.Ordinal);
        // Every filter option of the second features.json item reached the generator (through OpenApiClientGen_Variants).
        Assert.Contains($"reader pet 1: {PetServer.PetName}; reader methods: GetAsync; files left out", run.Output, StringComparison.Ordinal);
        Assert.Equal(["GET /v1/pets/1", "GET /v1/status", "GET /v1/status", "GET /v1/pets/1"], server.Requests.ToArray());
    }

    /// <summary>Writes the consumer project into a new folder and returns that folder.</summary>
    private async Task<string> CreateConsumerAsync()
    {
        string project = await ConsumerProject.CreateFolderAsync(feed, "Consumer");
        await File.WriteAllTextAsync(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackagedFeed.GeneratorPackageId}" Version="{feed.Version}" />
                <AdditionalFiles Include="features.json" OpenApiClientGen_ClientName="FeaturesClient" OpenApiClientGen_Namespace="Features" />
                <AdditionalFiles Include="features.json" OpenApiClientGen_ClientName="PetReaderClient" OpenApiClientGen_Namespace="Features.Reader"
                                 OpenApiClientGen_Tags="pets;files" OpenApiClientGen_ExcludeTags="files" OpenApiClientGen_Operations="pets/get*;pets/list"
                                 OpenApiClientGen_ExcludeOperations="*/delete" OpenApiClientGen_Paths="/pets/**" OpenApiClientGen_ExcludePaths="/pets" />
                <AdditionalFiles Include="features-mini.yaml" OpenApiClientGen_ClientName="StatusClient" OpenApiClientGen_Namespace="Features.Status" />
                <AdditionalFiles Include="features-mini.yaml" OpenApiClientGen_ClientName="BackupStatusClient" OpenApiClientGen_Namespace="Features.Backup" OpenApiClientGen_Tags="status" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs"), Path.Combine(project, "Program.cs"));
        File.Copy(Path.Combine(feed.RepositoryRoot, "specs", "features.json"), Path.Combine(project, "features.json"));
        File.Copy(Path.Combine(feed.RepositoryRoot, "specs", "features-mini.yaml"), Path.Combine(project, "features-mini.yaml"));
        return project;
    }

}
