using Octokit;

namespace OpenApiClientGen.Bench.Peers.Contenders;

/// <summary>Octokit.net as its README shows it (it adds /api/v3 to a base address other than api.github.com).</summary>
internal sealed class OctokitClient(Uri baseUri) : IPeerClient
{
    private readonly GitHubClient _github = new(new ProductHeaderValue("bench"), baseUri);

    public async Task<long> GetRepositoryAsync() => (await _github.Repository.Get(PeerClients.Owner, PeerClients.Repo)).Id;

    public async Task<int> ListRepositoriesAsync() =>
        (await _github.Repository.GetAllForCurrent(new ApiOptions { PageSize = 30, PageCount = 1, StartPage = 1 })).Count;

    // Octokit follows the Link header itself until the last page.
    public async Task<int> ReadAllPagesAsync() => (await _github.Repository.GetAllForCurrent(new ApiOptions { PageSize = 30 })).Count;

    public void Dispose()
    {
    }
}
