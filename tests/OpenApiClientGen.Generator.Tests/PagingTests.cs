using System.Reflection;
using OpenApiClientGen.Generator.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>The generated <c>…PagedAsync</c> methods follow Link headers lazily, keep next links exact, and send credentials only to the same origin.</summary>
public class PagingTests
{
    private static readonly Lazy<Assembly> Features = new(() => GeneratedAssembly.Load("features.json"));

    private static object Pets(Uri baseAddress)
    {
        var options = (ApiClientOptions)Activator.CreateInstance(Features.Value.GetType("OpenApiClients.FeaturesClientOptions")!)!;
        options.BaseAddress = baseAddress;
        options.Credentials = ApiCredentials.Token("secret-token");
        object client = Activator.CreateInstance(Features.Value.GetType("OpenApiClients.FeaturesClient")!, options)!;
        return client.GetType().GetProperty("Pets")!.GetValue(client)!;
    }

    private static async Task<List<long>> IdsAsync(IAsyncEnumerable<object> items)
    {
        var ids = new List<long>();
        await foreach (object pet in items)
        {
            ids.Add((long)pet.GetType().GetProperty("Id")!.GetValue(pet)!);
        }

        return ids;
    }

    // IAsyncEnumerable<out T> is covariant: a pager of generated models is a sequence of objects.
    private static IAsyncEnumerable<object> Untyped(object pager) => (IAsyncEnumerable<object>)pager;

    [Fact]
    public void A_list_operation_with_a_page_parameter_gets_a_paged_method_without_it()
    {
        MethodInfo paged = Features.Value.GetType("OpenApiClients.PetsOperations")!.GetMethod("ListPagedAsync")!;

        Assert.Equal("ApiPager`1", paged.ReturnType.Name);
        Assert.Equal("Pet", paged.ReturnType.GetGenericArguments()[0].Name);
        Assert.DoesNotContain(paged.GetParameters(), p => p.Name == "page");
        Assert.Contains(paged.GetParameters(), p => p.Name == "perPage");
    }

    [Theory]
    [InlineData("ListPagedAsync", "/v1/pets?per_page=2", "/v1/repositories/1000/pets?page=2&per_page=2&x=%2Fy", "/v1/pets?page=3")]
    [InlineData("SearchPagedAsync", "/v1/search/pets?q=rex", "/v1/repositories/1000/search/pets?page=2&per_page=2&x=%2Fy", "/v1/search/pets?page=3")]
    public async Task Every_page_is_read_following_next_links_exactly(string method, params string[] targets)
    {
        await using var server = await PagingServer.StartAsync();
        var arguments = method == "SearchPagedAsync" ? new[] { ("q", (object?)"rex") } : Array.Empty<(string, object?)>();
        object pager = GeneratedAssembly.Call(Pets(server.BaseAddress), method, arguments.Append(("perPage", (object?)2L)).ToArray())!;

        List<long> ids = await IdsAsync(Untyped(pager));

        Assert.Equal(new long[] { 1, 2, 3, 4, 5 }, ids);
        var requests = server.Requests.ToList();
        Assert.Equal(targets[0], requests[0].Target);
        Assert.Equal(targets[1], requests[1].Target);
        Assert.Equal(targets[2], requests[2].Target);
    }

    [Fact]
    public async Task Credentials_follow_next_links_only_on_the_same_origin()
    {
        await using var server = await PagingServer.StartAsync();
        object pager = GeneratedAssembly.Call(Pets(server.BaseAddress), "ListPagedAsync")!;

        await IdsAsync(Untyped(pager));

        var requests = server.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.Equal("Bearer secret-token", requests[0].Authorization);
        Assert.Equal("Bearer secret-token", requests[1].Authorization);
        Assert.Null(requests[2].Authorization);
    }

    [Fact]
    public async Task Nothing_is_fetched_before_it_is_needed()
    {
        await using var server = await PagingServer.StartAsync();
        object pager = GeneratedAssembly.Call(Pets(server.BaseAddress), "ListPagedAsync")!;
        Assert.Empty(server.Requests);

        var ids = new List<long>();
        await foreach (object pet in Untyped(pager))
        {
            ids.Add((long)pet.GetType().GetProperty("Id")!.GetValue(pet)!);
            if (ids.Count == 2)
            {
                break;
            }
        }

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Pages_come_with_their_response_headers()
    {
        await using var server = await PagingServer.StartAsync();
        object pager = GeneratedAssembly.Call(Pets(server.BaseAddress), "SearchPagedAsync", ("q", "rex"))!;
        var asPages = (IAsyncEnumerable<object>)pager.GetType().GetMethod("AsPages")!.Invoke(pager, new object[] { CancellationToken.None })!;

        var pages = new List<(int Count, bool HasLink, Uri? Next)>();
        await foreach (dynamic page in asPages)
        {
            ApiResponseInfo response = page.Response;
            pages.Add(((int)page.Items.Count, response.Headers.ContainsKey("Link"), (Uri?)page.NextPage));
        }

        Assert.Equal(new[] { 2, 2, 1 }, pages.Select(p => p.Count));
        Assert.True(pages[0].HasLink);
        Assert.Null(pages[2].Next);
    }

    [Fact]
    public async Task Cancellation_stops_between_pages()
    {
        await using var server = await PagingServer.StartAsync();
        using var cancel = new CancellationTokenSource();
        object pager = GeneratedAssembly.Call(Pets(server.BaseAddress), "ListPagedAsync", ("cancellationToken", cancel.Token))!;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (object pet in Untyped(pager))
            {
                cancel.Cancel();
            }
        });

        Assert.Single(server.Requests);
    }
}
