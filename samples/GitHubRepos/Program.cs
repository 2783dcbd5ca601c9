using GitHub;
using GitHubRepos;
using GitHubRepos.StandIn;
using OpenApiClientGen.Runtime;

// Lists the authenticated user's repositories, all pages; see SampleArguments.Usage.
if (!SampleArguments.TryParse(args, System.Environment.GetEnvironmentVariable, out SampleArguments? arguments, out string? error))
{
    Console.Error.WriteLine($"GitHubRepos: {error} (run with --help for usage)");
    return 2;
}

if (arguments.ShowHelp)
{
    Console.Out.Write(SampleArguments.Usage);
    return 0;
}

// Without --base-url the sample talks to an embedded stand-in for api.github.com (and github.com's sign-in) with demo data.
await using GitHubStandIn? standIn = arguments.BaseAddress is null ? await GitHubStandIn.StartAsync() : null;
Uri apiAddress = arguments.BaseAddress ?? standIn!.BaseAddress;
await using var github = new GitHubClient(new GitHubClientOptions
{
    BaseAddress = apiAddress,
    UserAgent = SampleCredentials.UserAgent,
    Timeout = TimeSpan.FromSeconds(30),
    DefaultHeaders = { ["X-GitHub-Api-Version"] = "2022-11-28" },
});

try
{
    // The device flow's prompt goes to stderr, so that it is seen even when the listing is redirected.
    github.Options.Credentials = await SampleCredentials.CreateAsync(arguments, apiAddress, Console.Error, CancellationToken.None);
    string login = await RepositoryLister.GetLoginAsync(github);
    RepositoryListing listing = await RepositoryLister.ListAllAsync(
        github, new ReposVisibility(arguments.Visibility), arguments.PerPage);

    string kind = arguments.Visibility switch { "public" => "Public repositories", "private" => "Private repositories", _ => "Repositories" };
    string source = standIn is null ? github.Core.BaseAddress.AbsoluteUri : $"local GitHub stand-in at {standIn.BaseAddress}";
    RepositoryTable.Write(Console.Out, $"{kind} of {login} ({source})", listing);
    return 0;
}
catch (Exception e) when (e is ApiException or InvalidDataException)
{
    Console.Error.WriteLine("GitHubRepos: " + ErrorText.Describe(e, arguments.Authentication));
    return 1;
}
