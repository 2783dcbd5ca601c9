using System.Text;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>RFC 3986 percent-encoding of UTF-8 text, as RFC 6570 simple and reserved expansion require.</summary>
internal static class PercentEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>Encodes everything but unreserved characters (ALPHA / DIGIT / "-" / "." / "_" / "~").</summary>
    public static string Encode(string value) => Encode(value, allowReserved: false);

    /// <summary>
    /// Encodes like <see cref="Encode(string)"/>; with <paramref name="allowReserved"/> reserved characters and existing
    /// percent-encoded triplets pass through, except '?', '#', '[' and ']', which would change the structure of a path.
    /// </summary>
    public static string Encode(string value, bool allowReserved)
    {
        if (IsPassThrough(value, allowReserved))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (IsUnreserved(c) || (allowReserved && IsKeptReserved(c)))
            {
                builder.Append(c);
                continue;
            }

            if (allowReserved && c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                builder.Append(value, i, 3);
                i += 2;
                continue;
            }

            // Lone surrogates become U+FFFD rather than producing invalid UTF-8.
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                consumed = 1;
            }

            int length = rune.EncodeToUtf8(utf8);
            for (int b = 0; b < length; b++)
            {
                builder.Append('%').Append(HexDigits[utf8[b] >> 4]).Append(HexDigits[utf8[b] & 0xF]);
            }

            i += consumed - 1;
        }

        return builder.ToString();
    }

    private static bool IsPassThrough(string value, bool allowReserved)
    {
        foreach (char c in value)
        {
            if (!IsUnreserved(c) && !(allowReserved && IsKeptReserved(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnreserved(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static bool IsKeptReserved(char c) =>
        c is ':' or '/' or '@' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';
}
