using GitHub;

namespace OpenApiClientGen.Bench.Peers.Contenders;

/// <summary>This project's client, generated from GitHub's description for the repos tag, with its default options.</summary>
internal sealed class GeneratedClient(Uri baseUri) : IPeerClient
{
    private readonly GitHubClient _github = new(new GitHubClientOptions { BaseAddress = baseUri });

    public async Task<long> GetRepositoryAsync() => (await _github.Repos.GetAsync(PeerClients.Owner, PeerClients.Repo)).Id;

    public async Task<int> ListRepositoriesAsync() => (await _github.Repos.ListForAuthenticatedUserAsync(perPage: 30)).Count;

    public async Task<int> ReadAllPagesAsync()
    {
        int count = 0;
        await foreach (Repository _ in _github.Repos.ListForAuthenticatedUserPagedAsync(perPage: 30))
        {
            count++;
        }

        return count;
    }

    public void Dispose() => _github.Dispose();
}
