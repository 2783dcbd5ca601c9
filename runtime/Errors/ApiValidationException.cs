namespace OpenApiClientGen.Runtime;

/// <summary>The server answered 422 Unprocessable Content: the request was understood but its content is invalid.</summary>
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
    }
}
