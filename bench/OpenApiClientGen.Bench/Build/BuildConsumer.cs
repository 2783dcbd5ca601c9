using System.Text.RegularExpressions;
using OpenApiClientGen.Bench.Infrastructure;

namespace OpenApiClientGen.Bench.Build;

/// <summary>
/// A console project whose clean build is timed: with the full GitHub client, with a filtered one, or with neither
/// (what any build costs on this machine: the floor the others are compared with).
/// </summary>
internal sealed partial record BuildConsumer(string Name, string? FilterMetadata, bool GeneratesClient = true)
{
    public static BuildConsumer Full { get; } = new("full GitHub client", FilterMetadata: null);

    /// <summary>
    /// The full client in a project that turns the SDK's code analyzers off: what a class library holding only the
    /// generated client can do (two of those analyzers look through generated code too).
    /// </summary>
    public static BuildConsumer FullWithoutAnalyzers { get; } =
        new("full GitHub client, RunAnalyzers=false", FilterMetadata: null) { BuildProperties = ["-p:RunAnalyzers=false"] };

    /// <summary>MSBuild properties of the timed build beyond the common ones.</summary>
    public IReadOnlyList<string> BuildProperties { get; init; } = [];

    /// <summary>
    /// Built through the compiler server once it has compiled the project a few times, as on a developer's machine
    /// (the SDK's default), instead of a cold compiler per build (this project's machines and CI).
    /// </summary>
    public bool WarmServer { get; init; }

    public static BuildConsumer FullWarmServer { get; } = new("full GitHub client, compiler server warm", FilterMetadata: null) { WarmServer = true };

    public static BuildConsumer RawWarmServer { get; } = new("raw console project, compiler server warm", FilterMetadata: null, GeneratesClient: false) { WarmServer = true };

    public static BuildConsumer Raw { get; } = new("raw console project (no client)", FilterMetadata: null, GeneratesClient: false);

    public static BuildConsumer Tags(string tags) => new($"GitHub client, tags {tags}", $"OpenApiClientGen_Tags=\"{tags}\"");

    /// <summary>The GitHub client as samples/GitHubRepos filters it: its project file's <c>OpenApiClientGen_Operations</c>.</summary>
    public static BuildConsumer Sample(RepositoryPaths paths)
    {
        string project = File.ReadAllText(Path.Combine(paths.Root, "samples", "GitHubRepos", "GitHubRepos.csproj"));
        Match operations = SampleOperations().Match(project);
        if (!operations.Success)
        {
            throw new InvalidOperationException("samples/GitHubRepos/GitHubRepos.csproj has no OpenApiClientGen_Operations.");
        }

        Console.WriteLine($"the sample's filter: OpenApiClientGen_Operations=\"{operations.Groups[1].Value}\"");
        return new("GitHub client as the sample filters it", $"OpenApiClientGen_Operations=\"{operations.Groups[1].Value}\"");
    }

    public string ProjectFile(RepositoryPaths paths) => GeneratesClient
        ? $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{paths.GeneratorProps}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NoWarn>$(NoWarn);OACG0002</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{paths.RuntimeProject}" />
                <ProjectReference Include="{paths.GeneratorProject}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="{paths.GitHubSpec}" OpenApiClientGen_ClientName="GitHubClient" OpenApiClientGen_Namespace="GitHub" {FilterMetadata} />
              </ItemGroup>
            </Project>
            """
        : """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """;

    public string Program => GeneratesClient
        ? """
            await using var github = new GitHub.GitHubClient();
            Console.WriteLine(github.GetType().Name);
            """
        : """
            Console.WriteLine("Hello, World!");
            """;

    [GeneratedRegex("OpenApiClientGen_Operations=\"([^\"]+)\"")]
    private static partial Regex SampleOperations();
}
