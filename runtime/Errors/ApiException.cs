using System.Diagnostics.CodeAnalysis;
using System.Text;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// A call failed: the server answered with an error status (<see cref="StatusCode"/> is set), or no usable
/// response arrived (see the subclasses). Subclasses exist for the cases callers typically branch on.
/// </summary>
public class ApiException : Exception
{
    private const int MessageBodyChars = 200;

    /// <summary>Creates the exception for an error response, with a message naming the request, status and start of the body.</summary>
    public ApiException(
        string requestMethod,
        Uri? requestUri,
        int statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body)
        : this(DescribeResponse(requestMethod, requestUri, statusCode, reasonPhrase, body), requestMethod, requestUri, statusCode, reasonPhrase, headers, body, null)
    {
    }

    /// <summary>Creates the exception with an explicit message; <paramref name="statusCode"/> is null when no response arrived.</summary>
    public ApiException(
        string message,
        string requestMethod,
        Uri? requestUri,
        int? statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body,
        Exception? innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(requestMethod);
        RequestMethod = requestMethod;
        RequestUri = requestUri;
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers ?? ResponseHeaders.Empty;
        Body = body;
    }

    /// <summary>The HTTP status code, or null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The reason phrase of the status line, when the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Response and content headers; names are case-insensitive. Empty when no response arrived.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The first 64 KiB of the response body as text, or null when there was none to read.</summary>
    public string? Body { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string RequestMethod { get; }

    /// <summary>The URI of the failed request, with secret query values (API keys, tokens) replaced by <c>***</c>.</summary>
    public Uri? RequestUri { get; }

    /// <summary>
    /// The body deserialized as the error model the API description declares for this status (or its range, or
    /// <c>default</c>); null when none is declared or the body did not parse.
    /// </summary>
    public object? Error { get; internal set; }

    /// <summary>Gets <see cref="Error"/> as <typeparamref name="T"/> when it is one.</summary>
    public bool TryGetError<T>([MaybeNullWhen(false)] out T error)
    {
        if (Error is T typed)
        {
            error = typed;
            return true;
        }

        error = default;
        return false;
    }

    /// <summary>"GET https://host/path returned 404 Not Found: &lt;start of body&gt;".</summary>
    protected static string DescribeResponse(string requestMethod, Uri? requestUri, int statusCode, string? reasonPhrase, string? body)
    {
        var message = new StringBuilder();
        message.Append(requestMethod).Append(' ').Append(requestUri?.AbsoluteUri ?? "(unknown URI)")
            .Append(" returned ").Append(statusCode);
        if (!string.IsNullOrEmpty(reasonPhrase))
        {
            message.Append(' ').Append(reasonPhrase);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return message.Append('.').ToString();
        }

        message.Append(": ");
        return body.Length <= MessageBodyChars
            ? message.Append(body).ToString()
            : message.Append(body, 0, MessageBodyChars).Append('…').ToString();
    }
}
