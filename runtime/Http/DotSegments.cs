namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Recognises "." and ".." path segments in any spelling (".", "%2E", ".%2e", "%252E"…). Servers and proxies remove
/// them while normalising a path (RFC 3986 §5.2.4), some after decoding, so a path value holding one would address
/// another resource than the operation's, with the credentials attached.
/// </summary>
internal static class DotSegments
{
    // Enough for any double or triple encoding; a value still changing after that is rejected as well.
    private const int MaxDecodings = 4;

    /// <summary>
    /// Whether <paramref name="value"/> is a dot segment or, with <paramref name="multiSegment"/> (a value that may
    /// hold '/'), has one among its segments ('\' separates too: some servers treat it as '/').
    /// </summary>
    public static bool Found(string value, bool multiSegment)
    {
        if (value.AsSpan().IndexOfAny('.', '%') < 0)
        {
            return false;
        }

        string? decoded = Decode(value);
        if (decoded is null)
        {
            return true;
        }

        if (!multiSegment)
        {
            return IsDot(decoded);
        }

        foreach (string segment in decoded.Split('/', '\\'))
        {
            if (IsDot(segment))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDot(string segment) => segment is "." or "..";

    /// <summary>Percent-decodes until nothing changes; null if it still changes after <see cref="MaxDecodings"/> rounds.</summary>
    private static string? Decode(string value)
    {
        for (int round = 0; round < MaxDecodings; round++)
        {
            if (!value.Contains('%'))
            {
                return value;
            }

            string decoded = Uri.UnescapeDataString(value);
            if (decoded == value)
            {
                return value;
            }

            value = decoded;
        }

        return value.Contains('%') && Uri.UnescapeDataString(value) != value ? null : value;
    }
}
