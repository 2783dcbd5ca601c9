using System.Buffers;
using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// A read-only pass-through over a response body (as the handler decoded it) that keeps the promises of the
/// exception family: a body longer than its limit stops there with an <see cref="ApiException"/>, and a body whose
/// Content-Encoding does not decode fails with an <see cref="ApiConnectionException"/> instead of the decompressor's
/// raw exception. It can also remember the first bytes read, so a body that fails to deserialize is quoted without
/// buffering every successful response.
/// </summary>
internal sealed class ResponseBodyStream : Stream
{
    private readonly Stream _inner;
    private readonly CallRecord _call;
    private readonly HttpResponseMessage _response;
    private readonly long _limit;
    private byte[]? _captured;
    private int _capturedLength;
    private long _length;

    /// <param name="inner">The content stream.</param>
    /// <param name="call">The call, for exceptions.</param>
    /// <param name="response">The response, for the status and headers of exceptions.</param>
    /// <param name="limit">The most bytes the body may have; <see cref="long.MaxValue"/> for none.</param>
    /// <param name="capture">Whether to remember the first <see cref="ResponseText.MaxBodyBytes"/> bytes read.</param>
    public ResponseBodyStream(Stream inner, CallRecord call, HttpResponseMessage response, long limit, bool capture)
    {
        _inner = inner;
        _call = call;
        _response = response;
        _limit = limit;

        // Pooled: the capture is only read when the call fails.
        _captured = capture ? ArrayPool<byte>.Shared.Rent(ResponseText.MaxBodyBytes) : null;
    }

    /// <summary>The first bytes read (empty without capture).</summary>
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

    /// <summary>
    /// Whether reading a body failed because its Content-Encoding did not decode: gzip and deflate streams throw
    /// <see cref="InvalidDataException"/>, brotli <see cref="InvalidOperationException"/>.
    /// </summary>
    public static bool IsDecodingFailure(Exception e) => e is InvalidDataException or InvalidOperationException;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            throw Undecodable(e);
        }

        return Observe(buffer[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ValueTask<int> reading;
        try
        {
            reading = _inner.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            throw Undecodable(e);
        }

        // Data already buffered completes at once: no state machine for it.
        return reading.IsCompletedSuccessfully ? new ValueTask<int>(Observe(buffer.Span[..reading.Result])) : AwaitReadAsync(reading, buffer);
    }

    private async ValueTask<int> AwaitReadAsync(ValueTask<int> reading, Memory<byte> buffer)
    {
        int read;
        try
        {
            read = await reading.ConfigureAwait(false);
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            throw Undecodable(e);
        }

        return Observe(buffer.Span[..read]);
    }

    /// <summary>Reads on until the capture is full or the body ends, so the report shows more than the failing chunk.</summary>
    public async Task FillCaptureAsync(CancellationToken cancellationToken)
    {
        byte[] scratch = new byte[8192];
        try
        {
            while (_captured is not null && _capturedLength < _captured.Length
                && await ReadAsync(scratch, cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException or ApiException)
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
            ReturnCapture();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        ReturnCapture();
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Observe(ReadOnlySpan<byte> data)
    {
        if (_captured is not null)
        {
            int take = Math.Min(data.Length, ResponseText.MaxBodyBytes - _capturedLength);
            data[..take].CopyTo(_captured.AsSpan(_capturedLength));
            _capturedLength += take;
        }

        _length += data.Length;
        return _length > _limit ? throw TooLarge() : data.Length;
    }

    private ApiConnectionException Undecodable(Exception decoderFailure) =>
        new(_call.Method, _call.Uri, new InvalidDataException("The response body could not be decoded: its compressed content (Content-Encoding) is corrupt.", decoderFailure));

    private ApiException TooLarge() =>
        new(
            $"{_call.Method} {_call.DisplayUri} returned a body of more than {_limit} bytes, the most ApiClientOptions.MaxResponseTextBytes allows; reading stopped there.",
            _call.Method,
            _call.Uri,
            (int)_response.StatusCode,
            _response.ReasonPhrase,
            HeaderRedactor.Redact(_response, _call.Uri),
            _captured is null ? null : ResponseText.Decode(Captured, _response.Content),
            null);

    private void ReturnCapture()
    {
        if (_captured is { } captured)
        {
            _captured = null;
            _capturedLength = 0;
            ArrayPool<byte>.Shared.Return(captured);
        }
    }
}
