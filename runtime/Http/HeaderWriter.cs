namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Sets headers on a request message, replacing earlier values so later layers (operation, per call) win, and
/// routing content headers to the content. Values are checked so nothing can inject extra header lines.
/// </summary>
internal static class HeaderWriter
{
    private static readonly HashSet<string> ContentHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length",
        "Content-Location", "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
    };

    public static void Set(HttpRequestMessage message, string name, string value)
    {
        Validate(name, value);
        if (ContentHeaders.Contains(name))
        {
            // Without a body there is nothing for a content header to describe.
            if (message.Content is { } content)
            {
                content.Headers.Remove(name);
                content.Headers.TryAddWithoutValidation(name, value);
            }

            return;
        }

        message.Headers.Remove(name);
        message.Headers.TryAddWithoutValidation(name, value);
    }

    private static void Validate(string name, string value)
    {
        if (name.Length == 0)
        {
            throw new ArgumentException("A header name must not be empty.", nameof(name));
        }

        foreach (char c in name)
        {
            if (!IsTokenChar(c))
            {
                throw new ArgumentException($"'{name}' is not a valid header name.", nameof(name));
            }
        }

        foreach (char c in value)
        {
            // Tab is allowed in field values; CR, LF and other controls would end or corrupt the header.
            if ((char.IsControl(c) && c != '\t') || c == '\u2028' || c == '\u2029')
            {
                throw new ArgumentException($"The value of header '{name}' contains a control character.", nameof(value));
            }

            // SocketsHttpHandler refuses other text only once connected, which would look like a connection failure.
            if (!char.IsAscii(c))
            {
                throw new ArgumentException($"The value of header '{name}' contains a non-ASCII character; encode it first (e.g. percent-encoding).", nameof(value));
            }
        }
    }

    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
