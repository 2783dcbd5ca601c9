using System.Text;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>Reads a bounded prefix of a response body as text, for exception messages and diagnostics.</summary>
internal static class ResponseText
{
    /// <summary>How much of a body exceptions keep: enough for any error document, bounded for huge responses.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<string?> ReadPrefixAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                byte[] buffer = new byte[MaxBodyBytes];
                int length = 0;
                int read;
                while (length < buffer.Length
                    && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }

                return Decode(buffer.AsSpan(0, length), content);
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // The status is what matters; a body that cannot be read must not hide it.
            return null;
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes, HttpContent content)
    {
        Encoding encoding = Encoding.UTF8;
        if (content.Headers.ContentType?.CharSet is { Length: > 0 } charSet)
        {
            try
            {
                encoding = Encoding.GetEncoding(charSet.Trim('"'));
            }
            catch (ArgumentException)
            {
                // Unknown charset: UTF-8 is the best guess for an API.
            }
        }

        return encoding.GetString(bytes);
    }
}
