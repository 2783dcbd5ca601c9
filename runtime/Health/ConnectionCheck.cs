using System.Diagnostics;

namespace OpenApiClientGen.Runtime.Health;

/// <summary>One probing GET through the normal pipeline (same headers, credentials, timeout and logging as any call), never retried.</summary>
internal static class ConnectionCheck
{
    public static async Task<ConnectionCheckResult> RunAsync(ApiClientCore core, string anonymousPath, string? authenticatedPath, CancellationToken cancellationToken)
    {
        bool withCredentials = core.Options.Credentials is not null;
        string path = withCredentials && authenticatedPath is not null ? authenticatedPath : anonymousPath;
        ApiResponseInfo? response = null;
        var request = new ApiRequest("GET", path) { Options = new RequestOptions { OnResponse = info => response = info }, SingleAttempt = true };

        long started = Stopwatch.GetTimestamp();
        try
        {
            await core.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return new ConnectionCheckResult
            {
                Reachable = true,
                CredentialsAccepted = withCredentials ? true : null,
                StatusCode = response?.StatusCode,
                Latency = Stopwatch.GetElapsedTime(started),
                RateLimit = response is null ? null : RateLimitInfo.FromHeaders(response.Headers),
            };
        }
        catch (ApiException e) when (e.StatusCode is { } status)
        {
            return new ConnectionCheckResult
            {
                Reachable = true,
                CredentialsAccepted = withCredentials ? Accepted(e) : null,
                StatusCode = status,
                Latency = Stopwatch.GetElapsedTime(started),
                RateLimit = RateLimitInfo.FromHeaders(e.Headers),
                Error = e.Message,
            };
        }
        catch (Exception e) when (e is ApiConnectionException or ApiTimeoutException)
        {
            return new ConnectionCheckResult { Reachable = false, Latency = Stopwatch.GetElapsedTime(started), Error = e.Message };
        }
    }

    // 401 and 403 speak about the credentials; a rate limit, a missing path or a server error does not.
    private static bool? Accepted(ApiException error) => error switch
    {
        ApiRateLimitException => null,
        ApiAuthenticationException or ApiForbiddenException => false,
        _ => null,
    };
}
