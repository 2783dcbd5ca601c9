namespace OpenApiClientGen.Bench.Infrastructure;

/// <summary>Paths in the repository, found from the bench's own folder (or --repo).</summary>
internal sealed class RepositoryPaths(string root)
{
    public string Root { get; } = root;

    public string GitHubSpec => Path.Combine(Root, "specs", "api.github.com.json");

    public string GeneratorProject => Path.Combine(Root, "generator", "OpenApiClientGen.csproj");

    public string GeneratorProps => Path.Combine(Root, "generator", "build", "OpenApiClientGen.props");

    public string RuntimeProject => Path.Combine(Root, "runtime", "OpenApiClientGen.Runtime.csproj");

    public static RepositoryPaths Find(string? explicitRoot)
    {
        if (explicitRoot is not null)
        {
            return new RepositoryPaths(Path.GetFullPath(explicitRoot));
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "OpenApiClientGen.sln")))
                {
                    return new RepositoryPaths(directory.FullName);
                }
            }
        }

        throw new InvalidOperationException("OpenApiClientGen.sln was not found; pass --repo <path>.");
    }
}
