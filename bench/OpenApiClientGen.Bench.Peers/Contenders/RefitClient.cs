using System.Globalization;
using OpenApiClientGen.Bench.Json;
using OpenApiClientGen.Bench.Peers.Raw;
using OpenApiClientGen.Bench.Peers.Server;
using Refit;

namespace OpenApiClientGen.Bench.Peers.Contenders;

/// <summary>The interface a Refit user declares by hand for the calls compared.</summary>
[Headers("User-Agent: bench/1.0", "Accept: application/vnd.github+json")]
internal interface IRefitGitHub
{
    [Get("/repos/{owner}/{repo}")]
    Task<RawFullRepository> GetRepository(string owner, string repo);

    [Get("/user/repos")]
    Task<ApiResponse<IReadOnlyList<HandWrittenRepository>>> ListRepositories([AliasAs("per_page")] int perPage, int page);
}

/// <summary>Refit with System.Text.Json's source generator; pages followed by the page number of the Link header.</summary>
internal sealed class RefitClient : IPeerClient
{
    private readonly HttpClient _http;
    private readonly IRefitGitHub _github;

    public RefitClient(Uri baseUri)
    {
        _http = new HttpClient { BaseAddress = baseUri };
        _github = RestService.For<IRefitGitHub>(_http, new RefitSettings(new SystemTextJsonContentSerializer(RawJsonContext.Default.Options)));
    }

    public async Task<long> GetRepositoryAsync() => (await _github.GetRepository(PeerClients.Owner, PeerClients.Repo)).Id;

    public async Task<int> ListRepositoriesAsync()
    {
        using ApiResponse<IReadOnlyList<HandWrittenRepository>> response = await _github.ListRepositories(30, 1);
        await response.EnsureSuccessfulAsync();
        return response.Content!.Count;
    }

    public async Task<int> ReadAllPagesAsync()
    {
        int count = 0;
        int? page = 1;
        while (page is { } current)
        {
            using ApiResponse<IReadOnlyList<HandWrittenRepository>> response = await _github.ListRepositories(30, current);
            await response.EnsureSuccessfulAsync();
            count += response.Content!.Count;
            page = response.Headers is { } headers && headers.TryGetValues("Link", out IEnumerable<string>? links) && LinkHeader.Next(links.First()) is { } next
                ? int.Parse(new Uri(next).Query.Split("page=")[^1], CultureInfo.InvariantCulture)
                : null;
        }

        return count;
    }

    public void Dispose() => _http.Dispose();
}
