using System.Globalization;

namespace GitHubRepos.Paging;

/// <summary>Reads the links of an HTTP <c>Link</c> header (RFC 8288), as GitHub sends them for paged lists.</summary>
internal static class LinkHeader
{
    /// <summary>
    /// The target of the first link whose <c>rel</c> contains <paramref name="relation"/> (case-insensitive), or null.
    /// Relative targets are resolved against <paramref name="baseUri"/> when one is given.
    /// </summary>
    public static Uri? Find(IEnumerable<string> headerValues, string relation, Uri? baseUri = null)
    {
        ArgumentNullException.ThrowIfNull(headerValues);
        foreach (string value in headerValues)
        {
            foreach ((string target, string parameters) in Split(value))
            {
                if (HasRelation(parameters, relation)
                    && (baseUri is null ? Uri.TryCreate(target, UriKind.Absolute, out Uri? uri) : Uri.TryCreate(baseUri, target, out uri)))
                {
                    return uri;
                }
            }
        }

        return null;
    }

    /// <summary>The value of the <c>page</c> query parameter of a link, or null when it has none.</summary>
    public static long? PageNumber(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        foreach (string pair in link.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            if (parts.Length == 2
                && parts[0] == "page"
                && long.TryParse(Uri.UnescapeDataString(parts[1]), NumberStyles.None, CultureInfo.InvariantCulture, out long page))
            {
                return page;
            }
        }

        return null;
    }

    // "<a>; rel="next", <b>; rel="last"": commas inside <...> or quotes do not separate links.
    private static IEnumerable<(string Target, string Parameters)> Split(string header)
    {
        int position = 0;
        while (position < header.Length)
        {
            int open = header.IndexOf('<', position);
            if (open < 0)
            {
                yield break;
            }

            int close = header.IndexOf('>', open + 1);
            if (close < 0)
            {
                yield break;
            }

            string target = header[(open + 1)..close];
            int end = close + 1;
            bool quoted = false;
            while (end < header.Length && (quoted || header[end] != ','))
            {
                if (header[end] == '"')
                {
                    quoted = !quoted;
                }

                end++;
            }

            yield return (target.Trim(), header[(close + 1)..end]);
            position = end + 1;
        }
    }

    private static bool HasRelation(string parameters, string relation)
    {
        foreach (string parameter in parameters.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Equals("rel", StringComparison.OrdinalIgnoreCase))
            {
                // rel may list several relation types separated by spaces: rel="next last".
                foreach (string type in parts[1].Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (type.Equals(relation, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
