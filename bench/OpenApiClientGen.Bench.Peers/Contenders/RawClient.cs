using System.Net.Http.Headers;
using System.Text.Json;
using OpenApiClientGen.Bench.Json;
using OpenApiClientGen.Bench.Peers.Raw;
using OpenApiClientGen.Bench.Peers.Server;

namespace OpenApiClientGen.Bench.Peers.Contenders;

/// <summary>The floor: HttpClient, the body deserialized from the response stream with a source-generated context.</summary>
internal sealed class RawClient : IPeerClient
{
    private readonly HttpClient _http;

    public RawClient(Uri baseUri)
    {
        _http = new HttpClient { BaseAddress = baseUri };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("bench", "1.0"));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
    }

    public async Task<long> GetRepositoryAsync()
    {
        using HttpResponseMessage response = await _http.GetAsync($"repos/{PeerClients.Owner}/{PeerClients.Repo}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using Stream body = await response.Content.ReadAsStreamAsync();
        RawFullRepository repository = (await JsonSerializer.DeserializeAsync(body, RawJsonContext.Default.RawFullRepository))!;
        return repository.Id;
    }

    public async Task<int> ListRepositoriesAsync() => (await GetPageAsync("user/repos?per_page=30")).Items.Count;

    public async Task<int> ReadAllPagesAsync()
    {
        int count = 0;
        string? next = "user/repos?per_page=30";
        while (next is not null)
        {
            (IReadOnlyList<HandWrittenRepository> items, next) = await GetPageAsync(next);
            count += items.Count;
        }

        return count;
    }

    public void Dispose() => _http.Dispose();

    private async Task<(IReadOnlyList<HandWrittenRepository> Items, string? Next)> GetPageAsync(string uri)
    {
        using HttpResponseMessage response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        string? next = response.Headers.TryGetValues("Link", out IEnumerable<string>? links) ? LinkHeader.Next(links.First()) : null;
        await using Stream body = await response.Content.ReadAsStreamAsync();
        IReadOnlyList<HandWrittenRepository> items = (await JsonSerializer.DeserializeAsync(body, RawJsonContext.Default.IReadOnlyListHandWrittenRepository))!;
        return (items, next);
    }
}
