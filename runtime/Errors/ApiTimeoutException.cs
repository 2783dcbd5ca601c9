namespace OpenApiClientGen.Runtime;

/// <summary>
/// The call did not complete within the client's timeout. Cancellation through the caller's token is reported as
/// <see cref="OperationCanceledException"/> instead, so the two can be told apart.
/// </summary>
public class ApiTimeoutException : ApiException
{
    /// <summary>Creates the exception; <paramref name="timeout"/> is the limit that was exceeded, when known.</summary>
    public ApiTimeoutException(string requestMethod, Uri? requestUri, TimeSpan? timeout, Exception? innerException)
        : base(
            $"{requestMethod} {requestUri?.AbsoluteUri ?? "(unknown URI)"} timed out" + (timeout is { } limit ? $" after {limit.TotalSeconds:0.###} s." : "."),
            requestMethod,
            requestUri,
            null,
            null,
            null,
            null,
            innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that was exceeded, when the client knows it.</summary>
    public TimeSpan? Timeout { get; }
}
