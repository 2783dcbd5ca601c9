namespace OpenApiClientGen.Runtime.Tests.Paging;

/// <summary><see cref="ApiPager.FromPages{T}"/> and <see cref="ApiPager.FromException{T}"/>: pagers for fakes of paged operations.</summary>
public sealed class FakePagerTests
{
    [Fact]
    public async Task Items_come_from_every_page_in_order()
    {
        ApiPager<string> pager = ApiPager.FromPages<string>(["a", "b"], ["c"], [], ["d"]);

        var items = new List<string>();
        await foreach (string item in pager)
        {
            items.Add(item);
        }

        Assert.Equal(["a", "b", "c", "d"], items);
    }

    [Fact]
    public async Task Pages_report_a_success_and_link_to_the_next_page_until_the_last()
    {
        ApiPager<int> pager = ApiPager.FromPages<int>([1, 2], [3], [4]);

        var pages = new List<ApiPage<int>>();
        await foreach (ApiPage<int> page in pager.AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(new[] { new[] { 1, 2 }, [3], [4] }, pages.Select(p => p.Items.ToArray()));
        Assert.Equal(["?page=2", "?page=3", null], pages.Select(p => p.NextPage?.OriginalString));
        Assert.All(pages, p => Assert.Equal(200, p.Response.StatusCode));
        Assert.All(pages, p => Assert.Empty(p.Response.Headers));
    }

    [Fact]
    public async Task No_pages_is_one_empty_page_and_a_pager_can_be_enumerated_twice()
    {
        ApiPager<int> empty = ApiPager.FromPages<int>();
        ApiPager<int> one = ApiPager.FromPages(new[] { 7, 8 });

        Assert.Single(await ToListAsync(empty.AsPages()));
        Assert.Empty(await ToListAsync(empty));
        Assert.Equal([7, 8], await ToListAsync(one));
        Assert.Equal([7, 8], await ToListAsync(one));
    }

    [Fact]
    public void A_null_page_is_refused_when_the_pager_is_made()
    {
        var exception = Assert.Throws<ArgumentException>(() => ApiPager.FromPages<int>([1], null!));
        Assert.Contains("Page 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_enumeration_is_cancelled_between_pages()
    {
        ApiPager<int> pager = ApiPager.FromPages<int>([1], [2]);
        using var cancellation = new CancellationTokenSource();

        var items = new List<int>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (int item in pager.WithCancellation(cancellation.Token))
            {
                items.Add(item);
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal([1], items);
    }

    [Fact]
    public async Task A_failing_pager_throws_when_enumerated_not_when_made()
    {
        var notFound = new ApiNotFoundException("GET", null, "Not Found", null, null);
        ApiPager<int> pager = ApiPager.FromException<int>(notFound);

        await using IAsyncEnumerator<int> enumerator = pager.GetAsyncEnumerator();
        Assert.Same(notFound, await Assert.ThrowsAsync<ApiNotFoundException>(async () => await enumerator.MoveNextAsync()));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (T item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
