namespace OpenApiClientGen.Runtime;

/// <summary>
/// The server answered 422 Unprocessable Content: the request was understood but its content is invalid. A
/// GitHub-style body (<c>{"message", "errors", "documentation_url"}</c>) is read into <see cref="Errors"/> and
/// <see cref="DocumentationUrl"/>.
/// </summary>
public class ApiValidationException : ApiException
{
    /// <summary>Creates the exception for a 422 response.</summary>
    public ApiValidationException(
        string requestMethod,
        Uri? requestUri,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body)
        : base(requestMethod, requestUri, 422, reasonPhrase, headers, body)
    {
        (Errors, DocumentationUrl) = ValidationErrorReader.Read(body);
    }

    /// <summary>The body's <c>errors</c> list; empty when it has none or is not JSON.</summary>
    public IReadOnlyList<ApiValidationError> Errors { get; }

    /// <summary>The body's <c>documentation_url</c>, when given.</summary>
    public string? DocumentationUrl { get; }
}
