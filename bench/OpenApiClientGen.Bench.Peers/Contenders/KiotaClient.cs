using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OpenApiClientGen.Bench.Peers.Kiota;
using OpenApiClientGen.Bench.Peers.Kiota.Models;
using OpenApiClientGen.Bench.Peers.Server;

namespace OpenApiClientGen.Bench.Peers.Contenders;

/// <summary>The Kiota client of Kiota/ with Kiota's default HttpClient and middleware; pages followed with WithUrl.</summary>
internal sealed class KiotaClient : IPeerClient
{
    private readonly HttpClientRequestAdapter _adapter;
    private readonly KiotaGitHubClient _github;

    public KiotaClient(Uri baseUri)
    {
        _adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = baseUri.ToString().TrimEnd('/') };
        _github = new KiotaGitHubClient(_adapter);
    }

    public async Task<long> GetRepositoryAsync() => (await _github.Repos[PeerClients.Owner][PeerClients.Repo].GetAsync())!.Id ?? 0;

    public async Task<int> ListRepositoriesAsync() => (await _github.User.Repos.GetAsync(request => request.QueryParameters.PerPage = 30))!.Count;

    public async Task<int> ReadAllPagesAsync()
    {
        int count = 0;
        string? next = null;
        do
        {
            var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
            List<Repository>? page = next is null
                ? await _github.User.Repos.GetAsync(request =>
                {
                    request.QueryParameters.PerPage = 30;
                    request.Options.Add(headers);
                })
                : await _github.User.Repos.WithUrl(next).GetAsync(request => request.Options.Add(headers));
            count += page!.Count;
            next = headers.ResponseHeaders.TryGetValue("Link", out IEnumerable<string>? links) ? LinkHeader.Next(links.First()) : null;
        }
        while (next is not null);

        return count;
    }

    public void Dispose() => _adapter.Dispose();
}
