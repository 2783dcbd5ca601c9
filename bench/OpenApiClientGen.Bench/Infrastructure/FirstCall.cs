using GitHub;

namespace OpenApiClientGen.Bench.Infrastructure;

/// <summary>
/// One GET of a repository with the full GitHub client, then "done" on standard output: the child process the runtime
/// comparison (OpenApiClientGen.Bench.Peers) launches to time process start → first call done.
/// </summary>
internal static class FirstCall
{
    public const string Argument = "--first-call";

    public static async Task<int> RunAsync(string baseUri)
    {
        await using var github = new GitHubClient(new GitHubClientOptions { BaseAddress = new Uri(baseUri) });
        FullRepository repository = await github.Repos.GetAsync("octocat", "Hello-World");
        Console.WriteLine($"done {repository.Id}");
        return 0;
    }
}
