namespace OpenApiClientGen.Package.Tests.Infrastructure;

/// <summary>
/// Packs the runtime and the generator with <c>dotnet pack</c> into a fresh folder, once for all package tests.
/// Every run uses a version of its own, so NuGet's caches never hand back a package from an earlier run.
/// The two projects are packed from a copy of their sources (bin/ and obj/ left out), so the Release build and
/// restore of the pack never touch the working tree that other builds and tests use at the same time.
/// </summary>
public sealed class PackagedFeed : IAsyncLifetime
{
    public const string GeneratorPackageId = "OpenApiClientGen";
    public const string RuntimePackageId = "OpenApiClientGen.Runtime";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(4);

    /// <summary>The repository (the folder holding OpenApiClientGen.sln).</summary>
    public string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The temporary folder everything of this run goes into; deleted at the end.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "oacg-package-tests-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The package version of this run.</summary>
    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.Ticks;

    /// <summary>The folder the packages were packed into: the consumer's local package source.</summary>
    public string Feed => Path.Combine(Root, "feed");

    public string GeneratorPackage => Path.Combine(Feed, $"{GeneratorPackageId}.{Version}.nupkg");

    public string RuntimePackage => Path.Combine(Feed, $"{RuntimePackageId}.{Version}.nupkg");

    /// <summary>What <c>dotnet pack</c> printed for each package.</summary>
    public List<CommandResult> PackResults { get; } = [];

    public async Task InitializeAsync()
    {
        string sources = Path.Combine(Root, "src");
        Directory.CreateDirectory(Feed);
        foreach (string file in Directory.EnumerateFiles(RepositoryRoot))
        {
            string name = Path.GetFileName(file);
            if (name.StartsWith("Directory.", StringComparison.Ordinal)
                || name.Equals("global.json", StringComparison.OrdinalIgnoreCase)
                || name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase))
            {
                File.Copy(file, Path.Combine(sources, name).EnsureParent());
            }
        }

        CopySources(Path.Combine(RepositoryRoot, "runtime"), Path.Combine(sources, "runtime"));
        CopySources(Path.Combine(RepositoryRoot, "generator"), Path.Combine(sources, "generator"));

        await PackAsync(sources, Path.Combine("runtime", "OpenApiClientGen.Runtime.csproj"));
        await PackAsync(sources, Path.Combine("generator", "OpenApiClientGen.csproj"));
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("OACG_KEEP_PACKAGE_TEST_FILES") != "1")
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a file still held open only leaves a temp folder behind.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return Task.CompletedTask;
    }

    private async Task PackAsync(string sources, string project)
    {
        PackResults.Add(await DotNetCli.RunCheckedAsync(
            sources,
            ["pack", project, "-c", "Release", "-o", Feed, $"-p:Version={Version}", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-tl:off"],
            PackTimeout));
    }

    private static void CopySources(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            string first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj")
            {
                continue;
            }

            File.Copy(file, Path.Combine(to, relative).EnsureParent());
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenApiClientGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OpenApiClientGen.sln was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The tests that share one packed feed (packing is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackagedFeed>
{
    public const string Name = "package";
}

internal static class PathExtensions
{
    /// <summary>Creates the folder of <paramref name="path"/> and returns the path.</summary>
    public static string EnsureParent(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
