using System.Net;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>Decides whether a call the API answered with 401 is sent once more, with renewed credentials.</summary>
internal static class UnauthorizedRetry
{
    public static ValueTask<bool> ShouldRetryAsync(
        ApiRequest request, ApiClientOptions options, HttpRequestMessage sent, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // A streamed body has been read by the first attempt and cannot be sent again.
        if (response.StatusCode != HttpStatusCode.Unauthorized || request.Body is StreamBody || options.Credentials is not { } credentials)
        {
            return new ValueTask<bool>(false);
        }

        return credentials.RenewAfterUnauthorizedAsync(sent, cancellationToken);
    }
}
