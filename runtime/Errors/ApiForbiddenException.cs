namespace OpenApiClientGen.Runtime;

/// <summary>The server answered 403 Forbidden: the credentials lack permission.</summary>
public class ApiForbiddenException : ApiException
{
    /// <summary>Creates the exception for a 403 response.</summary>
    public ApiForbiddenException(
        string requestMethod,
        Uri? requestUri,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body)
        : base(requestMethod, requestUri, 403, reasonPhrase, headers, body)
    {
    }
}
