using System.Globalization;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Paging;

/// <summary>Following <c>Link: &lt;…&gt;; rel="next"</c>: relative links, links that must not be followed, concurrent enumerations.</summary>
public sealed class PagingTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Theory]
    [InlineData("/root-relative")]
    [InlineData("")]
    public async Task Relative_next_links_resolve_against_the_request_uri(string prefix)
    {
        // "/root-relative/list?page=2" is a root-relative reference; "list?page=2" one relative to the path.
        string path = prefix.Length == 0 ? "/plain/list" : prefix + "/list";
        MapPages(path, pages: 3, page => prefix.Length == 0 ? $"list?page={page}" : $"{path}?page={page}");
        using ApiClientCore core = server.CreateCore();

        List<int> items = await Collect(Pager(core, path));

        Assert.Equal([10, 11, 20, 21, 30, 31], items);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/list?page=2", "ftp")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("javascript:alert(1)", "javascript")]
    public async Task A_next_link_that_is_not_http_ends_the_call_with_the_page_status_and_headers(string link, string scheme)
    {
        string path = "/bad-link/" + scheme;
        MapPages(path, pages: 2, _ => link);
        using ApiClientCore core = server.CreateCore();

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => Collect(Pager(core, path)));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains(link, Assert.Single(error.Headers["Link"]), StringComparison.Ordinal);
        Assert.Contains($"'{scheme}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_next_link_from_https_to_http_is_followed_only_when_insecure_http_is_allowed(bool allowInsecureHttp)
    {
        MapPages("/plain-pages", pages: 2, page => $"/plain-pages?page={page}");
        string plainPage2 = new Uri(server.BaseUri, "/plain-pages?page=2").AbsoluteUri;
        await using HttpsServer https = await HttpsServer.StartAsync(context =>
        {
            context.Response.Headers.Link = $"<{plainPage2}>; rel=\"next\"";
            return ScriptedServer.Respond(context, 200, "[10, 11]", "application/json");
        });
        using var core = new ApiClientCore(new ApiClientOptions { HttpClient = https.Client, AllowInsecureHttp = allowInsecureHttp }, https.BaseUri.AbsoluteUri);

        Task<List<int>> enumeration = Collect(Pager(core, "/list"));

        if (allowInsecureHttp)
        {
            Assert.Equal([10, 11, 20, 21], await enumeration);
        }
        else
        {
            ApiException error = await Assert.ThrowsAsync<ApiException>(() => enumeration);
            Assert.Equal(200, error.StatusCode);
            Assert.Contains("AllowInsecureHttp", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_enumerations_of_one_pager_at_the_same_time_each_get_every_page()
    {
        MapPages("/shared", pages: 4, page => new Uri(server.BaseUri, $"/shared?page={page}").AbsoluteUri);
        using ApiClientCore core = server.CreateCore();
        ApiPager<int> pager = Pager(core, "/shared");

        for (int round = 0; round < 20; round++)
        {
            List<int>[] results = await Task.WhenAll(Collect(pager), Collect(pager));

            Assert.All(results, items => Assert.Equal([10, 11, 20, 21, 30, 31, 40, 41], items));
        }
    }

    private static ApiPager<int> Pager(ApiClientCore core, string path) =>
        ApiPager.Create(core, new ApiRequest("GET", path), TestJsonContext.Default.ListInt32, static page => page);

    private static async Task<List<int>> Collect(ApiPager<int> pager)
    {
        var items = new List<int>();
        await foreach (int item in pager)
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Page n (query <c>page</c>, default 1) holds n·10 and n·10+1 and links to <paramref name="link"/>(n + 1) unless it is the last.</summary>
    private void MapPages(string path, int pages, Func<int, string> link) =>
        server.Map(path, async (HttpContext context) =>
        {
            int page = int.Parse(context.Request.Query["page"].FirstOrDefault() ?? "1", CultureInfo.InvariantCulture);

            // Both enumerations of the concurrency test should be in flight together.
            await Task.Yield();
            if (page < pages)
            {
                context.Response.Headers.Link = $"<{link(page + 1)}>; rel=\"next\", <{path}?page={pages}>; rel=\"last\"";
            }

            await ScriptedServer.Respond(context, 200, $"[{page * 10}, {(page * 10) + 1}]", "application/json");
        });
}
