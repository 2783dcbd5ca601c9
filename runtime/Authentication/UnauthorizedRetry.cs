using System.Net;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>Decides whether a call the API answered with 401 is sent once more, with renewed credentials.</summary>
internal static class UnauthorizedRetry
{
    public static ValueTask<bool> ShouldRetryAsync(
        ApiRequest request, ApiClientOptions options, HttpRequestMessage sent, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // A body streamed from a stream that cannot be rewound was consumed by the first attempt.
        if (response.StatusCode != HttpStatusCode.Unauthorized || request.Body is { CanResend: false } || options.Credentials is not { } credentials)
        {
            return new ValueTask<bool>(false);
        }

        return credentials.RenewAfterUnauthorizedAsync(sent, cancellationToken);
    }
}
