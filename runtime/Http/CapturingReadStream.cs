namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// A read-only pass-through stream that remembers the first bytes read, so a body that fails to deserialize
/// can still be reported without buffering every successful response.
/// </summary>
internal sealed class CapturingReadStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _captured;
    private int _capturedLength;

    public CapturingReadStream(Stream inner, int capacity)
    {
        _inner = inner;
        _captured = new byte[capacity];
    }

    public ReadOnlySpan<byte> Captured => _captured.AsSpan(0, _capturedLength);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = _inner.Read(buffer);
        Capture(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Capture(buffer.Span[..read]);
        return read;
    }

    /// <summary>Reads on until the capture is full or the body ends, so the report shows more than the failing chunk.</summary>
    public async Task FillCaptureAsync(CancellationToken cancellationToken)
    {
        byte[] scratch = new byte[8192];
        try
        {
            while (_capturedLength < _captured.Length && await ReadAsync(scratch, cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // Report what was received.
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private void Capture(ReadOnlySpan<byte> data)
    {
        int take = Math.Min(data.Length, _captured.Length - _capturedLength);
        data[..take].CopyTo(_captured.AsSpan(_capturedLength));
        _capturedLength += take;
    }
}
