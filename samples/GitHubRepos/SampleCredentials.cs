using GitHubRepos.StandIn;
using OpenApiClientGen.Runtime;

namespace GitHubRepos;

/// <summary>The credentials the command line asks for; the device flow signs in before the first API call.</summary>
internal static class SampleCredentials
{
    /// <summary>The User-Agent of every request the sample sends (GitHub rejects requests without one).</summary>
    public const string UserAgent = "OpenApiClientGen-GitHubRepos-Sample";

    private const string GitHubApiHost = "api.github.com";

    /// <summary>
    /// Creates the credentials for the API at <paramref name="apiAddress"/>. For the device flow, the user code is
    /// written to <paramref name="prompt"/> and the call returns once the user approved.
    /// </summary>
    /// <exception cref="OAuthException">The sign-in was denied, expired or refused.</exception>
    /// <exception cref="ApiException">The sign-in endpoints could not be reached.</exception>
    public static async Task<ApiCredentials> CreateAsync(SampleArguments arguments, Uri apiAddress, TextWriter prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        switch (arguments.Authentication)
        {
            case SampleAuthentication.Basic:
                return ApiCredentials.Basic(arguments.UserName!, arguments.Password!);
            case SampleAuthentication.DeviceFlow:
                var client = new OAuthClientOptions(EndpointsFor(apiAddress), arguments.ClientId!) { UserAgent = UserAgent };

                // Listing public repositories needs no scope; private ones need "repo".
                string? scope = arguments.Visibility == "public" ? null : "repo";
                var flow = new DeviceAuthorizationFlow(
                    client, code => prompt.WriteLine($"Open {code.VerificationUri} and enter {code.UserCode}"), scope);

                // Signing in first: the user may take longer than an API call's timeout.
                await flow.GetTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
                return ApiCredentials.OAuth(flow);
            default:
                return ApiCredentials.Token(arguments.Token ?? StandInData.DemoToken);
        }
    }

    /// <summary>github.com's endpoints for api.github.com; otherwise the API's own host (GitHub Enterprise Server, the stand-in).</summary>
    public static OAuthEndpoints EndpointsFor(Uri apiAddress)
    {
        ArgumentNullException.ThrowIfNull(apiAddress);
        return string.Equals(apiAddress.Host, GitHubApiHost, StringComparison.OrdinalIgnoreCase)
            ? OAuthEndpoints.GitHub
            : OAuthEndpoints.ForGitHubServer(new Uri(apiAddress.GetLeftPart(UriPartial.Authority)));
    }
}
