using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>Sets one query parameter of an already encoded request URI, for API keys that travel in the query.</summary>
internal static class QueryParameters
{
    /// <summary>Removes every <paramref name="name"/> parameter and appends <c>name=value</c>, both percent-encoded.</summary>
    public static Uri Replace(Uri uri, string name, string value)
    {
        string text = uri.AbsoluteUri;
        int query = text.IndexOf('?', StringComparison.Ordinal);
        var pairs = new List<string>();
        if (query >= 0)
        {
            foreach (string pair in text[(query + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!string.Equals(DecodedName(pair), name, StringComparison.Ordinal))
                {
                    pairs.Add(pair);
                }
            }

            text = text[..query];
        }

        pairs.Add(PercentEncoding.Encode(name) + "=" + PercentEncoding.Encode(value));
        text = text + "?" + string.Join('&', pairs);

        // As ApiRequest builds URIs: canonicalization would decode escaped dot segments of the path, so it is only
        // used when it leaves the text unchanged.
        var canonical = new Uri(text);
        return canonical.AbsoluteUri == text
            ? canonical
            : new Uri(text, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
    }

    private static string DecodedName(string pair)
    {
        int equals = pair.IndexOf('=', StringComparison.Ordinal);
        string encoded = equals < 0 ? pair : pair[..equals];
        return Uri.UnescapeDataString(encoded.Replace('+', ' '));
    }
}
