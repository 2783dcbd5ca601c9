using System.Text;

using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>Reads response bodies as text: whole (bounded) for text results, a bounded prefix for exceptions and diagnostics.</summary>
internal static class ResponseText
{
    /// <summary>How much of a body exceptions keep: enough for any error document, bounded for huge responses.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// The whole body as text, decoded with the charset the server declares (else a byte order mark, else UTF-8).
    /// </summary>
    /// <exception cref="ApiException">The decoded body has more than <paramref name="limit"/> bytes.</exception>
    /// <exception cref="ApiConnectionException">The body's Content-Encoding does not decode.</exception>
    public static async Task<string> ReadAsync(CallRecord call, HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        Stream content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var body = new ResponseBodyStream(content, call, response, limit, capture: true);
        await using (body.ConfigureAwait(false))
        {
            using var reader = new StreamReader(body, EncodingOf(response.Content), detectEncodingFromByteOrderMarks: true);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The first <see cref="MaxBodyBytes"/> of the body as text; what arrived when the rest cannot be read; null if nothing did.</summary>
    public static async Task<string?> ReadPrefixAsync(HttpContent content, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[MaxBodyBytes];
        int length = 0;
        try
        {
            Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while (length < buffer.Length
                    && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException || ResponseBodyStream.IsDecodingFailure(e))
        {
            // The status is what matters; a body that cannot be read (cut off, corrupt compression) must not hide it.
            if (length == 0)
            {
                return null;
            }
        }

        return Decode(buffer.AsSpan(0, length), content);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, HttpContent content) => EncodingOf(content).GetString(bytes);

    private static Encoding EncodingOf(HttpContent content)
    {
        if (content.Headers.ContentType?.CharSet is { Length: > 0 } charSet)
        {
            try
            {
                return Encoding.GetEncoding(charSet.Trim('"'));
            }
            catch (ArgumentException)
            {
                // Unknown charset: UTF-8 is the best guess for an API.
            }
        }

        return Encoding.UTF8;
    }
}
