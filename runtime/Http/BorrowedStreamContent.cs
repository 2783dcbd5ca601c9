using System.Net;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>HttpContent over a stream it does not dispose (StreamContent would close the caller's stream).</summary>
internal sealed class BorrowedStreamContent : HttpContent
{
    private readonly Stream _stream;

    public BorrowedStreamContent(Stream stream) => _stream = stream;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        _stream.CopyToAsync(stream);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        _stream.CopyToAsync(stream, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        // A seekable stream has a known length, so it goes out with Content-Length instead of chunked.
        if (_stream.CanSeek)
        {
            length = _stream.Length - _stream.Position;
            return true;
        }

        length = 0;
        return false;
    }
}
