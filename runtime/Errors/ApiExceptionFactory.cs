using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>Maps an error response to the most specific <see cref="ApiException"/>.</summary>
internal static class ApiExceptionFactory
{
    public static async Task<ApiException> FromResponseAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string method = request.Method.Method;
        Uri? uri = request.RequestUri;
        int status = (int)response.StatusCode;
        string? reason = response.ReasonPhrase;
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers = ResponseHeaders.Collect(response);
        string? body = await ResponseText.ReadPrefixAsync(response.Content, cancellationToken).ConfigureAwait(false);

        return status switch
        {
            401 => new ApiAuthenticationException(method, uri, reason, headers, body),
            403 => new ApiForbiddenException(method, uri, reason, headers, body),
            404 => new ApiNotFoundException(method, uri, reason, headers, body),
            422 => new ApiValidationException(method, uri, reason, headers, body),
            >= 500 and <= 599 => new ApiServerException(method, uri, status, reason, headers, body),
            _ => new ApiException(method, uri, status, reason, headers, body),
        };
    }
}
