using OpenApiClientGen.Runtime.Http;
using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime;

/// <summary>Maps an error response to the most specific <see cref="ApiException"/>, with the declared error model when there is one.</summary>
internal static class ApiExceptionFactory
{
    public static async Task<ApiException> FromResponseAsync(CallRecord call, HttpResponseMessage response, ErrorModelMap? errorModels, CancellationToken cancellationToken)
    {
        string method = call.Method;
        Uri? uri = call.Uri;
        int status = (int)response.StatusCode;
        string? reason = response.ReasonPhrase;
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers = HeaderRedactor.Redact(response, call.Uri);
        string? body = await ResponseText.ReadPrefixAsync(response.Content, cancellationToken).ConfigureAwait(false);

        ApiException exception = status switch
        {
            _ when ApiRateLimitException.Matches(status, headers, body) => new ApiRateLimitException(method, uri, status, reason, headers, body),
            401 => new ApiAuthenticationException(method, uri, reason, headers, body),
            403 => new ApiForbiddenException(method, uri, reason, headers, body),
            404 => new ApiNotFoundException(method, uri, reason, headers, body),
            422 => new ApiValidationException(method, uri, reason, headers, body),
            >= 500 and <= 599 => new ApiServerException(method, uri, status, reason, headers, body),
            _ => new ApiException(method, uri, status, reason, headers, body),
        };
        exception.Error = errorModels?.Parse(status, body);
        return exception;
    }
}
