using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Logging;
using OpenApiClientGen.Runtime.Paging;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// A paged list: enumerating it yields the items of every page, following <c>Link: &lt;…&gt;; rel="next"</c>
/// until there is none; <see cref="AsPages"/> yields page by page with each page's response. Nothing is fetched
/// before the first item is asked for, and each page only when the previous one is used up.
/// </summary>
public sealed class ApiPager<T> : IAsyncEnumerable<T>
{
    private readonly Func<Uri?, CancellationToken, Task<ApiPage<T>>> _fetch;
    private readonly CancellationToken _cancellationToken;

    internal ApiPager(Func<Uri?, CancellationToken, Task<ApiPage<T>>> fetch, CancellationToken cancellationToken)
    {
        _fetch = fetch;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Every page in turn, with its response.</summary>
    public async IAsyncEnumerable<ApiPage<T>> AsPages([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, cancellationToken);
        Uri? next = null;
        var seen = new HashSet<Uri>();
        do
        {
            linked.Token.ThrowIfCancellationRequested();
            ApiPage<T> page = await _fetch(next, linked.Token).ConfigureAwait(false);
            yield return page;
            next = page.NextPage;

            // A server that links back to a page already read would otherwise be followed forever.
        }
        while (next is not null && seen.Add(next));
    }

    /// <inheritdoc />
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (ApiPage<T> page in AsPages(cancellationToken).ConfigureAwait(false))
        {
            foreach (T item in page.Items)
            {
                yield return item;
            }
        }
    }
}

/// <summary>Creates <see cref="ApiPager{T}"/>s for generated methods.</summary>
public static partial class ApiPager
{
    /// <summary>
    /// A pager whose first page is <paramref name="request"/> and whose next pages are the <c>rel="next"</c> links;
    /// <paramref name="items"/> picks the list out of a page (the page itself, or e.g. <c>items</c> of a search result).
    /// </summary>
    public static ApiPager<TItem> Create<TPage, TItem>(
        ApiClientCore core,
        ApiRequest request,
        JsonTypeInfo<TPage> pageType,
        Func<TPage, IReadOnlyList<TItem>?> items,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pageType);
        ArgumentNullException.ThrowIfNull(items);
        RequestOptions? callerOptions = request.Options;
        return new ApiPager<TItem>(
            async (next, token) =>
            {
                ApiResponseInfo? response = null;
                var pageOptions = new RequestOptions
                {
                    OnResponse = info =>
                    {
                        response = info;
                        callerOptions?.OnResponse?.Invoke(info);
                    },
                };
                if (callerOptions is not null)
                {
                    foreach (KeyValuePair<string, string> header in callerOptions.Headers)
                    {
                        pageOptions.Headers[header.Key] = header.Value;
                    }
                }

                // Per page, not the shared request: another enumeration of this pager may be fetching at the same time.
                ApiRequest pageRequest = request.ForPage(next, pageOptions);
                TPage page = await core.SendAsync(pageRequest, pageType, token).ConfigureAwait(false);
                IReadOnlyList<TItem> list = (page is null ? null : items(page)) ?? Array.Empty<TItem>();
                return new ApiPage<TItem>(list, response!, response is null ? null : NextLink(pageRequest, response, core.Options));
            },
            cancellationToken);
    }

    /// <summary>
    /// The page's <c>rel="next"</c> link, which must be http(s) (anything else, such as ftp, file or javascript, ends the
    /// call) and, from an https page, https unless <see cref="ApiClientOptions.AllowInsecureHttp"/>, as for redirects.
    /// </summary>
    /// <exception cref="ApiException">The link may not be followed.</exception>
    private static Uri? NextLink(ApiRequest request, ApiResponseInfo response, ApiClientOptions options)
    {
        Uri? next = LinkHeader.Next(response.Headers, response.RequestUri);
        bool downgrade = next?.Scheme == Uri.UriSchemeHttp && response.RequestUri?.Scheme == Uri.UriSchemeHttps && !options.AllowInsecureHttp;
        if (next is null || (!downgrade && (next.Scheme == Uri.UriSchemeHttps || next.Scheme == Uri.UriSchemeHttp)))
        {
            return next;
        }

        Uri? requestUri = UriRedactor.Redact(response.RequestUri, request.QueryPairs);
        string reason = downgrade
            ? "leads from https to plain http, which is not followed; set ApiClientOptions.AllowInsecureHttp to allow it"
            : $"has the scheme '{next.Scheme}'; only http and https links are followed";
        throw new ApiException(
            $"{request.Method} {requestUri?.AbsoluteUri} returned a next-page link that {reason}.",
            request.Method,
            requestUri,
            response.StatusCode,
            null,
            HeaderRedactor.Redact(response.Headers, requestUri),
            null,
            null);
    }
}
