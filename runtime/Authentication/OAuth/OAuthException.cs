namespace OpenApiClientGen.Runtime;

/// <summary>
/// An OAuth 2.0 endpoint refused a request (RFC 6749 §5.2, RFC 8628 §3.5), answered with an error status, or sent a
/// response without what it must contain. <see cref="ApiException.StatusCode"/> is the HTTP status (GitHub reports
/// errors with 200); null when the error was detected locally, such as a device code that expired.
/// </summary>
public class OAuthException : ApiException
{
    /// <summary>Creates the exception.</summary>
    public OAuthException(
        string? error,
        string? errorDescription,
        Uri? errorUri,
        string requestMethod,
        Uri? requestUri,
        int? statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body,
        Exception? innerException = null)
        : base(Describe(error, errorDescription, requestUri, statusCode, reasonPhrase), requestMethod, requestUri, statusCode, reasonPhrase, headers, body, innerException)
    {
        ErrorCode = error;
        ErrorDescription = errorDescription;
        ErrorUri = errorUri;
        if (error is not null)
        {
            Error = new OAuthError(error, errorDescription, errorUri);
        }
    }

    /// <summary>
    /// The OAuth error code, such as <c>invalid_client</c>, <c>invalid_grant</c>, <c>access_denied</c> or
    /// <c>expired_token</c>; null when the server sent none. <see cref="ApiException.Error"/> holds the whole
    /// <see cref="OAuthError"/>.
    /// </summary>
    public string? ErrorCode { get; }

    /// <summary>The server's human-readable explanation, when it sent one.</summary>
    public string? ErrorDescription { get; }

    /// <summary>A page about the error, when the server named one.</summary>
    public Uri? ErrorUri { get; }

    private static string Describe(string? error, string? description, Uri? endpoint, int? statusCode, string? reasonPhrase)
    {
        string where = endpoint is null ? "The authorization server" : $"The authorization server ({endpoint.GetLeftPart(UriPartial.Path)})";
        string what = error is null
            ? statusCode is int status ? $" answered {status} {reasonPhrase}".TrimEnd() : " failed"
            : $" returned {error}";
        return where + what + (string.IsNullOrWhiteSpace(description) ? "." : ": " + description);
    }
}
