using System.Text;

namespace OpenApiClientGen.Runtime.Logging;

/// <summary>
/// Replaces secret query values with <c>***</c> in URIs that end up in logs and exceptions: values of well-known
/// secret names and of every query parameter the operation did not set itself, i.e. that the credentials added (API
/// keys in the query).
/// </summary>
internal static class UriRedactor
{
    public const string Mask = "***";

    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "access_token", "refresh_token", "id_token", "token", "key", "api_key", "apikey", "api-key",
        "password", "secret", "client_secret",
    };

    /// <summary>Redacts <paramref name="uri"/>; <paramref name="ownPairs"/> are the encoded pairs the operation itself set.</summary>
    public static Uri? Redact(Uri? uri, IReadOnlyList<string> ownPairs)
    {
        if (uri is null || !uri.IsAbsoluteUri || uri.Query.Length <= 1)
        {
            return uri;
        }

        string[] pairs = uri.Query[1..].Split('&');
        bool changed = false;
        for (int i = 0; i < pairs.Length; i++)
        {
            int equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            string encodedName = equals < 0 ? pairs[i] : pairs[i][..equals];
            if (equals >= 0 && (SecretNames.Contains(Uri.UnescapeDataString(encodedName)) || !Contains(ownPairs, pairs[i])))
            {
                pairs[i] = encodedName + "=" + Mask;
                changed = true;
            }
        }

        if (!changed)
        {
            return uri;
        }

        var text = new StringBuilder(uri.GetLeftPart(UriPartial.Path)).Append('?').AppendJoin('&', pairs);

        // Keeps the path exactly as sent (canonicalization could decode and drop escaped dot segments).
        return new Uri(text.ToString(), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
    }

    private static bool Contains(IReadOnlyList<string> pairs, string pair)
    {
        foreach (string own in pairs)
        {
            if (string.Equals(own, pair, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
