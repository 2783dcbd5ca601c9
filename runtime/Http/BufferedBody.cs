using System.Net.Http.Headers;
using System.Text;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>A body held in memory: sent with Content-Length and reusable for every send.</summary>
internal sealed class BufferedBody : RequestBody
{
    private readonly byte[] _content;
    private readonly MediaTypeHeaderValue _mediaType;

    public BufferedBody(byte[] content, MediaTypeHeaderValue mediaType)
    {
        _content = content;
        _mediaType = mediaType;
    }

    public static BufferedBody FromText(string text, string mediaType)
    {
        var type = MediaTypeHeaderValue.Parse(mediaType);
        Encoding encoding = Encoding.UTF8;
        if (type.CharSet is { } charSet)
        {
            encoding = Encoding.GetEncoding(charSet.Trim('"'));
        }
        else
        {
            type.CharSet = "utf-8";
        }

        return new BufferedBody(encoding.GetBytes(text), type);
    }

    public override HttpContent CreateContent()
    {
        var content = new ByteArrayContent(_content);
        content.Headers.ContentType = new MediaTypeHeaderValue(_mediaType.MediaType!);
        foreach (NameValueHeaderValue parameter in _mediaType.Parameters)
        {
            content.Headers.ContentType.Parameters.Add(new NameValueHeaderValue(parameter.Name, parameter.Value));
        }

        return content;
    }
}
