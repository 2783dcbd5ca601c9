namespace OpenApiClientGen.Runtime;

/// <summary>One page of a paged list: its items, the response it came in (status, headers) and where the next one is.</summary>
public sealed class ApiPage<T>
{
    /// <summary>Creates a page.</summary>
    public ApiPage(IReadOnlyList<T> items, ApiResponseInfo response, Uri? nextPage)
    {
        Items = items;
        Response = response;
        NextPage = nextPage;
    }

    /// <summary>The items of this page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Status and headers of the response (for GitHub: <c>Link</c>, <c>X-RateLimit-*</c>).</summary>
    public ApiResponseInfo Response { get; }

    /// <summary>The <c>rel="next"</c> link, null on the last page.</summary>
    public Uri? NextPage { get; }
}
