namespace OpenApiClientGen.Runtime;

/// <summary>The body of a successful response with its status, headers and rate limit (<see cref="ApiCall{T}.WithResponseAsync"/>).</summary>
/// <typeparam name="T">The response body.</typeparam>
public sealed class ApiResponse<T> : ApiResponseInfo
{
    /// <summary>Creates the response.</summary>
    public ApiResponse(T value, int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, Uri? requestUri)
        : base(statusCode, headers, requestUri)
    {
        Value = value;
    }

    /// <summary>The response body; null for a status documented without a body.</summary>
    public T Value { get; }
}
