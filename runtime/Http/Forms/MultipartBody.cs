using System.Net.Http.Headers;
using System.Text;

namespace OpenApiClientGen.Runtime.Http.Forms;

/// <summary>
/// A <c>multipart/form-data</c> body: text, JSON and file parts, built into fresh content for each send. File
/// streams are streamed, never buffered; with only seekable streams the body has a Content-Length and can be resent.
/// </summary>
internal sealed class MultipartBody : RequestBody
{
    private readonly List<MultipartPart> _parts;

    public MultipartBody(List<MultipartPart> parts) => _parts = parts;

    public override bool CanResend => _parts.TrueForAll(part => part.File?.CanResend ?? true);

    public override HttpContent CreateContent()
    {
        var content = new MultipartFormDataContent();
        try
        {
            foreach (MultipartPart part in _parts)
            {
                content.Add(part.CreateContent());
            }

            return content;
        }
        catch
        {
            content.Dispose();
            throw;
        }
    }
}

/// <summary>One part: a name and either text or JSON bytes (<see cref="Bytes"/>) or a file.</summary>
internal sealed record MultipartPart(string Name, byte[]? Bytes, string? ContentType, FilePart? File)
{
    public HttpContent CreateContent()
    {
        HttpContent content = File?.CreateContent() ?? new ByteArrayContent(Bytes!);
        var disposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(Name) };
        if (File is not null)
        {
            string fileName = File.FileName ?? Name;
            disposition.FileName = Quote(fileName);
            if (!Ascii.IsValid(fileName))
            {
                // RFC 6266 filename*: the exact UTF-8 name for servers that read it; filename stays for the others.
                disposition.FileNameStar = fileName;
            }
        }

        content.Headers.ContentDisposition = disposition;
        string? type = File?.ContentType ?? ContentType;
        if (type is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        }

        return content;
    }

    // Always quoted; a quote, CR or LF inside is percent-encoded as browsers do (WHATWG multipart/form-data).
    private static string Quote(string value) =>
        "\"" + value.Replace("\"", "%22", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal) + "\"";
}
