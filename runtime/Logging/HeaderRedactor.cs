using System.Text.RegularExpressions;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime.Logging;

/// <summary>
/// Masks what response headers may echo of credentials before they are kept on an exception: whole headers that carry
/// session or credential material (Set-Cookie, *Token*, …), and secret query values inside any header (a Location,
/// Link or Refresh URL with <c>?access_token=…</c>), by the rule of <see cref="UriRedactor"/>.
/// </summary>
internal static partial class HeaderRedactor
{
    private static readonly string[] SecretFragments = ["authorization", "cookie", "api-key", "apikey", "api_key", "token", "secret", "password"];

    private static readonly IReadOnlyList<string> Masked = [UriRedactor.Mask];

    public static bool IsSecret(string name)
    {
        foreach (string fragment in SecretFragments)
        {
            if (name.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The response's headers, redacted as <see cref="Redact(IReadOnlyDictionary{string, IReadOnlyList{string}}, Uri?)"/> does.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Redact(HttpResponseMessage response, Uri? requestUri) =>
        Redact(ResponseHeaders.Collect(response), requestUri);

    /// <summary>
    /// Redacts <paramref name="headers"/>; query names masked in <paramref name="requestUri"/> (the request URI as
    /// redacted, so the API-key name of the credentials among them) are masked in header URLs too.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Redact(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, Uri? requestUri)
    {
        Dictionary<string, IReadOnlyList<string>>? redacted = null;
        foreach (KeyValuePair<string, IReadOnlyList<string>> header in headers)
        {
            IReadOnlyList<string> values = IsSecret(header.Key) ? Masked : RedactQueries(header.Value, requestUri);
            if (!ReferenceEquals(values, header.Value))
            {
                redacted ??= new Dictionary<string, IReadOnlyList<string>>(headers, StringComparer.OrdinalIgnoreCase);
                redacted[header.Key] = values;
            }
        }

        return redacted ?? headers;
    }

    /// <summary>The values with secret query values masked; the same list when none had any.</summary>
    private static IReadOnlyList<string> RedactQueries(IReadOnlyList<string> values, Uri? requestUri)
    {
        string[]? redacted = null;
        for (int i = 0; i < values.Count; i++)
        {
            string value = values[i];
            if (!value.Contains('='))
            {
                continue;
            }

            string masked = QueryPair().Replace(value, pair =>
                UriRedactor.IsSecretName(Uri.UnescapeDataString(pair.Groups["name"].Value), requestUri)
                    ? pair.Groups["name"].Value + "=" + UriRedactor.Mask
                    : pair.Value);
            if (masked != value)
            {
                redacted ??= values.ToArray();
                redacted[i] = masked;
            }
        }

        return redacted ?? values;
    }

    // A name=value pair of a URL query (after '?', '&' or ';'), ending where the URL does in Link or Refresh values.
    [GeneratedRegex("""(?<=[?&;])(?<name>[^=&#?;<>\s"',]+)=(?<value>[^&#;<>\s"',]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex QueryPair();
}
