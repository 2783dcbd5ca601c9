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
            if (!IsCookieOctet(c))
            {
                throw new ArgumentException(
                    "A cookie value must consist of printable ASCII characters other than space, '\"', ',', ';' and '\\'.", parameterName);
            }
        }
    }

    /// <summary>Requires an HTTP token (RFC 6265 §4.1.1 cookie-name), so a name can neither end the pair nor the header.</summary>
    public static void ValidateName(string name, string parameterName)
    {
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"'{name}' is not a valid cookie name.", parameterName);
            }
        }
    }

    /// <summary>
    /// Percent-encodes (UTF-8) what is not a cookie-octet, and '%' itself so the value decodes unambiguously; other
    /// printable ASCII stays as it is.
    /// </summary>
    public static string EncodeValue(string value)
    {
        if (value.All(c => IsCookieOctet(c) && c != '%'))
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(value.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (System.Text.Rune rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && IsCookieOctet((char)rune.Value) && rune.Value != '%')
            {
                builder.Append((char)rune.Value);
                continue;
            }

            int length = rune.EncodeToUtf8(utf8);
            for (int i = 0; i < length; i++)
            {
                builder.Append('%').Append(utf8[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool IsCookieOctet(char c) => c is > ' ' and <= '~' and not '"' and not ',' and not ';' and not '\\';

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
