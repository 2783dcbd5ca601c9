namespace OpenApiClientGen.Runtime;

/// <summary>The server answered with a 5xx status: the failure is on its side and may be transient.</summary>
public class ApiServerException : ApiException
{
    /// <summary>Creates the exception for a 5xx response.</summary>
    public ApiServerException(
        string requestMethod,
        Uri? requestUri,
        int statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body)
        : base(requestMethod, requestUri, statusCode, reasonPhrase, headers, body)
    {
    }
}
