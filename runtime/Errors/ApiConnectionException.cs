namespace OpenApiClientGen.Runtime;

/// <summary>No response arrived: name resolution failed, the connection was refused or broke.</summary>
public class ApiConnectionException : ApiException
{
    /// <summary>Creates the exception; <paramref name="innerException"/> tells what went wrong.</summary>
    public ApiConnectionException(string requestMethod, Uri? requestUri, Exception innerException)
        : base(
            $"{requestMethod} {requestUri?.AbsoluteUri ?? "(unknown URI)"} failed: {innerException?.Message}",
            requestMethod,
            requestUri,
            null,
            null,
            null,
            null,
            innerException)
    {
    }
}
