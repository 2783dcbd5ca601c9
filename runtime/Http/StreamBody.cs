using System.Net.Http.Headers;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>A body streamed from a caller's stream, which the caller keeps owning.</summary>
internal sealed class StreamBody : RequestBody
{
    private readonly Stream _content;
    private readonly MediaTypeHeaderValue _mediaType;

    public StreamBody(Stream content, MediaTypeHeaderValue mediaType)
    {
        _content = content;
        _mediaType = mediaType;
    }

    public override HttpContent CreateContent()
    {
        var content = new BorrowedStreamContent(_content);
        content.Headers.ContentType = _mediaType;
        return content;
    }
}
