namespace GitHubRepos.StandIn;

/// <summary>A request the stand-in received, as it arrived on the wire.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The request target exactly as sent (path and query, still percent-encoded).</param>
/// <param name="Headers">The request headers; names are case-insensitive, repeated values comma-joined.</param>
/// <param name="Body">The request body as UTF-8 text; empty when there was none.</param>
public sealed record StandInRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The path part of <see cref="PathAndQuery"/>, still percent-encoded.</summary>
    public string Path => PathAndQuery.Split('?', 2)[0];

    /// <summary>The query part of <see cref="PathAndQuery"/> without the '?', still percent-encoded; empty when there is none.</summary>
    public string Query => PathAndQuery.Split('?', 2) is [_, string query] ? query : "";

    /// <summary>A header value by case-insensitive name, or null when the request did not carry it.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}
