using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Bench.Json;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.Bench.Peers.Server;

/// <summary>
/// A GitHub stand-in on 127.0.0.1 with precomputed bodies: <c>GET /repos/{owner}/{repo}</c> answers GitHub's full
/// repository example (24 KB), <c>GET /user/repos?per_page=30&amp;page=N</c> a page of 30 repositories with a
/// <c>Link</c> to the next page, three pages in all. Every response carries the rate-limit headers GitHub sends. Octokit's <c>/api/v3</c> prefix for servers other than
/// api.github.com is accepted too, and its links keep it.
/// </summary>
internal sealed class PeerServer : IAsyncDisposable
{
    public const int Pages = 3;
    public const int PageSize = 30;
    private const string OctokitPrefix = "/api/v3";

    // What api.github.com sends with every response besides the body (request ids and caching headers left out).
    private static readonly (string Name, string Value)[] GitHubHeaders =
    [
        ("X-RateLimit-Limit", "5000"),
        ("X-RateLimit-Remaining", "4987"),
        ("X-RateLimit-Reset", "1764420000"),
        ("X-RateLimit-Used", "13"),
        ("X-RateLimit-Resource", "core"),
        ("X-GitHub-Media-Type", "github.v3; format=json"),
    ];

    private readonly WebApplication _app;

    private PeerServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>The server's address, ending with '/'.</summary>
    public Uri BaseUri { get; }

    public static byte[] FullRepository { get; } = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", "full-repository.json"));

    public static byte[] RepositoryPage { get; } = RepositoryPayload.Create(PageSize);

    public static async Task<PeerServer> StartAsync()
    {
        string?[]? links = null;
        string?[]? octokitLinks = null;
        (WebApplication app, Uri baseUri) = await LoopbackKestrel.StartAsync(context =>
        {
            HttpRequest request = context.Request;
            string path = request.Path.Value ?? "/";
            bool octokit = path.StartsWith(OctokitPrefix, StringComparison.Ordinal);
            if (octokit)
            {
                path = path[OctokitPrefix.Length..];
            }

            HttpResponse response = context.Response;
            response.ContentType = "application/json; charset=utf-8";
            foreach ((string name, string value) in GitHubHeaders)
            {
                response.Headers[name] = value;
            }

            if (path == "/user/repos")
            {
                int page = int.TryParse(request.Query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out int asked) ? asked : 1;
                if ((octokit ? octokitLinks : links)![Math.Clamp(page, 1, Pages)] is { } link)
                {
                    response.Headers.Link = link;
                }

                return Write(response, RepositoryPage);
            }

            if (path.StartsWith("/repos/", StringComparison.Ordinal))
            {
                return Write(response, FullRepository);
            }

            response.StatusCode = 404;
            return Task.CompletedTask;
        });

        links = Links(baseUri, "");
        octokitLinks = Links(baseUri, OctokitPrefix);
        return new PeerServer(app, baseUri);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static Task Write(HttpResponse response, byte[] body)
    {
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, 0, body.Length);
    }

    // Index = page number; the last page has no next link.
    private static string?[] Links(Uri baseUri, string prefix)
    {
        string root = baseUri.ToString().TrimEnd('/') + prefix + "/user/repos?per_page=" + PageSize.ToString(CultureInfo.InvariantCulture) + "&page=";
        var links = new string?[Pages + 1];
        for (int page = 1; page < Pages; page++)
        {
            links[page] = $"<{root}{page + 1}>; rel=\"next\", <{root}{Pages}>; rel=\"last\"";
        }

        return links;
    }
}
