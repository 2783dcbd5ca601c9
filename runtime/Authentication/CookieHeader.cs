namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>Builds the single <c>Cookie</c> request header (RFC 6265 §5.4) from cookies of several sources.</summary>
internal static class CookieHeader
{
    private const string Name = "Cookie";

    /// <summary>Requires RFC 6265 cookie-octets, so a value can neither end the pair nor the header.</summary>
    public static void ValidateValue(string value, string parameterName)
    {
        foreach (char c in value)
        {
            if (c is <= ' ' or '"' or ',' or ';' or '\\' or > '~')
            {
                throw new ArgumentException(
                    "A cookie value must consist of printable ASCII characters other than space, '\"', ',', ';' and '\\'.", parameterName);
            }
        }
    }

    /// <summary>
    /// Adds the <c>name=value</c> pairs of <paramref name="cookies"/> (as in a Cookie header) to the request's Cookie
    /// header; a pair replaces an earlier one of the same name.
    /// </summary>
    public static void Merge(HttpRequestMessage request, string cookies)
    {
        var pairs = new List<string>();
        if (request.Headers.TryGetValues(Name, out IEnumerable<string>? existing))
        {
            foreach (string value in existing)
            {
                AddPairs(pairs, value);
            }
        }

        AddPairs(pairs, cookies);
        request.Headers.Remove(Name);
        if (pairs.Count > 0)
        {
            request.Headers.TryAddWithoutValidation(Name, string.Join("; ", pairs));
        }
    }

    private static void AddPairs(List<string> pairs, string header)
    {
        foreach (string part in header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string name = CookieName(part);
            pairs.RemoveAll(pair => string.Equals(CookieName(pair), name, StringComparison.Ordinal));
            pairs.Add(part);
        }
    }

    private static string CookieName(string pair)
    {
        int equals = pair.IndexOf('=', StringComparison.Ordinal);
        return (equals < 0 ? pair : pair[..equals]).Trim();
    }
}
