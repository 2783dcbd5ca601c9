using GitHub;
await using var github = new GitHubClient(new GitHubClientOptions());
Console.WriteLine(github.Repos.GetType().Name);
