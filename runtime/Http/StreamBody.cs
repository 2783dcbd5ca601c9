using System.Net.Http.Headers;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>A body streamed from a caller's stream, which the caller keeps owning.</summary>
internal sealed class StreamBody : RequestBody
{
    private readonly Stream _content;
    private readonly MediaTypeHeaderValue _mediaType;
    private readonly long _start;

    public StreamBody(Stream content, MediaTypeHeaderValue mediaType)
    {
        _content = content;
        _mediaType = mediaType;
        _start = content.CanSeek ? content.Position : 0;
    }

    /// <summary>Only a seekable stream can be rewound for another send; anything else has been consumed.</summary>
    public override bool CanResend => _content.CanSeek;

    public override HttpContent CreateContent()
    {
        if (_content.CanSeek)
        {
            _content.Position = _start;
        }

        var content = new BorrowedStreamContent(_content);
        content.Headers.ContentType = _mediaType;
        return content;
    }
}
