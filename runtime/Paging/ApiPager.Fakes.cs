using System.Globalization;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>Pagers made from values at hand, for fakes of generated <c>…PagedAsync</c> operations in tests.</summary>
public static partial class ApiPager
{
    private const string FakePageQuery = "?page=";

    /// <summary>
    /// A pager over pages already at hand, for fakes in tests: each list is one page, in order (none: one empty page).
    /// Each page reports status 200 without headers and, except the last, a relative next-page link
    /// (<c>?page=2</c>, <c>?page=3</c>, …), so <see cref="ApiPager{T}.AsPages"/> behaves as it does against a server.
    /// </summary>
    public static ApiPager<T> FromPages<T>(params IReadOnlyList<T>[] pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        IReadOnlyList<T>[] kept = pages.Length == 0 ? [Array.Empty<T>()] : (IReadOnlyList<T>[])pages.Clone();
        for (int i = 0; i < kept.Length; i++)
        {
            if (kept[i] is null)
            {
                throw new ArgumentException($"Page {i + 1} is null; pass an empty list for an empty page.", nameof(pages));
            }
        }

        var response = new ApiResponseInfo(200, ResponseHeaders.Empty, requestUri: null);
        return new ApiPager<T>(
            (next, _) =>
            {
                // The links this pager hands out are its own, so the number after "?page=" is always there.
                int index = next is null ? 0 : int.Parse(next.OriginalString.AsSpan(FakePageQuery.Length), CultureInfo.InvariantCulture) - 1;
                Uri? following = index + 1 < kept.Length
                    ? new Uri(FakePageQuery + (index + 2).ToString(CultureInfo.InvariantCulture), UriKind.Relative)
                    : null;
                return Task.FromResult(new ApiPage<T>(kept[index], response, following));
            },
            CancellationToken.None);
    }

    /// <summary>
    /// A pager whose first page fails with <paramref name="exception"/> (e.g. an <see cref="ApiNotFoundException"/>),
    /// for fakes in tests: like a real pager, it throws when enumerated, not when made.
    /// </summary>
    public static ApiPager<T> FromException<T>(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ApiPager<T>((_, _) => Task.FromException<ApiPage<T>>(exception), CancellationToken.None);
    }
}
