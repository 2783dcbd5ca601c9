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

    /// <summary>
    /// Whether a query parameter's value is secret wherever it shows (response headers too): a well-known secret name,
    /// or one masked in <paramref name="redactedRequestUri"/>, such as the API key the credentials added.
    /// </summary>
    public static bool IsSecretName(string name, Uri? redactedRequestUri)
    {
        if (SecretNames.Contains(name))
        {
            return true;
        }

        if (redactedRequestUri is not { IsAbsoluteUri: true, Query.Length: > 1 })
        {
            return false;
        }

        foreach (string pair in redactedRequestUri.Query[1..].Split('&'))
        {
            if (pair.EndsWith("=" + Mask, StringComparison.Ordinal)
                && string.Equals(Uri.UnescapeDataString(pair[..^(Mask.Length + 1)]), name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Redacts <paramref name="uri"/>; <paramref name="ownPairs"/> are the encoded pairs the operation itself set.</summary>
    public static Uri? Redact(Uri? uri, IReadOnlyList<string> ownPairs)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return uri;
        }

        string query = uri.Query;
        if (query.Length <= 1 || !NeedsMask(query.AsSpan(1), ownPairs))
        {
            // The usual case, checked without splitting: only the operation's own, non-secret pairs.
            return uri;
        }

        string[] pairs = query[1..].Split('&');
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

    private static bool NeedsMask(ReadOnlySpan<char> query, IReadOnlyList<string> ownPairs)
    {
        while (!query.IsEmpty)
        {
            int end = query.IndexOf('&');
            ReadOnlySpan<char> pair = end < 0 ? query : query[..end];
            query = end < 0 ? default : query[(end + 1)..];
            int equals = pair.IndexOf('=');
            if (equals >= 0 && (IsSecretEncodedName(pair[..equals]) || !Contains(ownPairs, pair)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSecretEncodedName(ReadOnlySpan<char> encodedName)
    {
        if (encodedName.Contains('%'))
        {
            return SecretNames.Contains(Uri.UnescapeDataString(encodedName.ToString()));
        }

        foreach (string secret in SecretNames)
        {
            if (encodedName.Equals(secret, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> pairs, ReadOnlySpan<char> pair)
    {
        foreach (string own in pairs)
        {
            if (pair.SequenceEqual(own))
            {
                return true;
            }
        }

        return false;
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
