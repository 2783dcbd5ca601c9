namespace OpenApiClientGen.Runtime;

/// <summary>
/// A file sent as one part of a <c>multipart/form-data</c> body: bytes, a stream the caller keeps owning, or a file
/// on disk (opened when the request is sent, closed afterwards). A stream is streamed, never buffered whole; a
/// seekable one is rewound for a retry or redirect, a non-seekable one is sent once.
/// </summary>
public sealed class FilePart
{
    private readonly byte[]? _bytes;
    private readonly Stream? _stream;
    private readonly string? _path;

    /// <summary>A part holding <paramref name="content"/>.</summary>
    public FilePart(byte[] content, string? fileName = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _bytes = content;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>A part read from <paramref name="content"/> (from its position now) when the request is sent; the stream is not disposed.</summary>
    public FilePart(Stream content, string? fileName = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _stream = content;
        StreamStart = content.CanSeek ? content.Position : 0;
        FileName = fileName;
        ContentType = contentType;
    }

    private FilePart(string path, string? contentType)
    {
        _path = path;
        FileName = Path.GetFileName(path);
        ContentType = contentType;
    }

    /// <summary>A part read from the file at <paramref name="path"/>, named after it; the file is opened for each send.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static FilePart FromFile(string path, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException("The file to upload does not exist.", full);
        }

        return new FilePart(full, contentType);
    }

    /// <summary>The file name sent in the part's <c>Content-Disposition</c>; the part's name when null.</summary>
    public string? FileName { get; init; }

    /// <summary>The part's media type; when null, the one the description declares, else <c>application/octet-stream</c>.</summary>
    public string? ContentType { get; init; }

    private long StreamStart { get; }

    /// <summary>Whether the content can be produced again for another send (a retry or a 307/308 redirect).</summary>
    internal bool CanResend => _stream is null || _stream.CanSeek;

    /// <summary>The content for one send; a seekable stream is rewound to where it stood when the part was made.</summary>
    internal HttpContent CreateContent()
    {
        if (_bytes is not null)
        {
            return new ByteArrayContent(_bytes);
        }

        if (_stream is not null)
        {
            if (_stream.CanSeek)
            {
                _stream.Position = StreamStart;
            }

            return new Http.BorrowedStreamContent(_stream);
        }

        // The message owns this stream: disposing the content closes the file.
        return new StreamContent(new FileStream(_path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true));
    }
}
