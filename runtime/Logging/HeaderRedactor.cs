namespace OpenApiClientGen.Runtime.Logging;

/// <summary>Masks response headers that carry session or credential material before they are kept on an exception.</summary>
internal static class HeaderRedactor
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

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Redact(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        if (!headers.Keys.Any(IsSecret))
        {
            return headers;
        }

        var redacted = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IReadOnlyList<string>> header in headers)
        {
            redacted[header.Key] = IsSecret(header.Key) ? Masked : header.Value;
        }

        return redacted;
    }
}
