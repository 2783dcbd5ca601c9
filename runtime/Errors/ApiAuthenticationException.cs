namespace OpenApiClientGen.Runtime;

/// <summary>The server answered 401 Unauthorized: credentials are missing, invalid or expired.</summary>
public class ApiAuthenticationException : ApiException
{
    /// <summary>Creates the exception for a 401 response.</summary>
    public ApiAuthenticationException(
        string requestMethod,
        Uri? requestUri,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body)
        : base(requestMethod, requestUri, 401, reasonPhrase, headers, body)
    {
    }
}
