namespace OpenApiClientGen.Runtime;

/// <summary>The server answered 404 Not Found.</summary>
public class ApiNotFoundException : ApiException
{
    /// <summary>Creates the exception for a 404 response.</summary>
    public ApiNotFoundException(
        string requestMethod,
        Uri? requestUri,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body)
        : base(requestMethod, requestUri, 404, reasonPhrase, headers, body)
    {
    }
}
