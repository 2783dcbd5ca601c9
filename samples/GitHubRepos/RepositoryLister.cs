using System.Globalization;
using System.Text.Json;
using GitHub;
using GitHubRepos.Paging;
using OpenApiClientGen.Runtime;

namespace GitHubRepos;

/// <summary>Every repository of a listing, the number of pages read and the rate limit the last response reported.</summary>
internal sealed record RepositoryListing(IReadOnlyList<Repository> Repositories, int Pages, RateLimitSnapshot? RateLimit);

/// <summary>GitHub's <c>X-RateLimit-*</c> headers of one response.</summary>
internal sealed record RateLimitSnapshot(long Limit, long Remaining, DateTimeOffset Reset)
{
    /// <summary>Reads the headers; null when the response did not carry them.</summary>
    public static RateLimitSnapshot? From(IReadOnlyDictionary<string, IReadOnlyList<string>> headers) =>
        Number(headers, "X-RateLimit-Limit") is long limit
        && Number(headers, "X-RateLimit-Remaining") is long remaining
        && Number(headers, "X-RateLimit-Reset") is long reset
            ? new RateLimitSnapshot(limit, remaining, DateTimeOffset.FromUnixTimeSeconds(reset))
            : null;

    private static long? Number(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string name) =>
        headers.TryGetValue(name, out IReadOnlyList<string>? values)
        && values.Count > 0
        && long.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            ? value
            : null;
}

/// <summary>Reads the authenticated user's repositories through the generated client, following the Link header.</summary>
internal static class RepositoryLister
{
    /// <summary>A bound against servers that keep announcing a next page.</summary>
    public const int MaxPages = 1000;

    /// <summary>The login of the authenticated user (<c>GET /user</c>).</summary>
    public static async Task<string> GetLoginAsync(GitHubClient github, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(github);
        UsersGetAuthenticatedResponse user = await github.Users.GetAuthenticatedAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return user.AsPrivateUser()?.Login ?? user.AsPublicUser()?.Login ?? "(unknown user)";
    }

    /// <summary>
    /// Reads <c>GET /user/repos?affiliation=owner</c> page by page through the generated pager, which follows each
    /// response's <c>Link: &lt;…&gt;; rel="next"</c> until the last page has been read.
    /// </summary>
    /// <exception cref="ApiException">A call failed.</exception>
    /// <exception cref="InvalidDataException">The server kept announcing next pages past <see cref="MaxPages"/>.</exception>
    public static async Task<RepositoryListing> ListAllAsync(
        GitHubClient github,
        ReposVisibility visibility,
        int perPage,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(github);
        var repositories = new List<Repository>();
        RateLimitSnapshot? rateLimit = null;
        int pages = 0;
        ApiPager<Repository> pager = github.Repos.ListForAuthenticatedUserPagedAsync(
            visibility: visibility,
            affiliation: "owner",
            perPage: perPage,
            cancellationToken: cancellationToken);
        await foreach (ApiPage<Repository> page in pager.AsPages(cancellationToken).ConfigureAwait(false))
        {
            repositories.AddRange(page.Items);
            rateLimit = RateLimitSnapshot.From(page.Response.Headers) ?? rateLimit;
            if (++pages >= MaxPages && page.NextPage is not null)
            {
                throw new InvalidDataException($"The server still announced a next page after {MaxPages} pages.");
            }
        }

        return new RepositoryListing(repositories, pages, rateLimit);
    }
}
