namespace OpenApiClientGen.Bench.Peers.Server;

/// <summary>Finds the <c>rel="next"</c> URL of a <c>Link</c> header, as a caller following pages by hand does.</summary>
internal static class LinkHeader
{
    public static string? Next(string? header)
    {
        if (header is null)
        {
            return null;
        }

        foreach (string link in header.Split(','))
        {
            int open = link.IndexOf('<');
            int close = link.IndexOf('>');
            if (open >= 0 && close > open && link.AsSpan(close).Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                return link[(open + 1)..close];
            }
        }

        return null;
    }
}
