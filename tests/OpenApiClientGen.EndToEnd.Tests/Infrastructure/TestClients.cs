using GitHub;
using GitHubRepos.StandIn;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.EndToEnd.Tests.Infrastructure;

/// <summary>Generated GitHub clients pointed at a stand-in.</summary>
internal static class TestClients
{
    public const string UserAgent = "OpenApiClientGen-EndToEnd-Tests/1.0";

    /// <summary>A client for <paramref name="standIn"/> sending <c>Authorization: {scheme} {token}</c> (no header when the token is null).</summary>
    public static GitHubClient For(GitHubStandIn standIn, string? token = StandInData.DemoToken, string scheme = "Bearer", string? userAgent = UserAgent) =>
        new(new GitHubClientOptions
        {
            BaseAddress = standIn.BaseAddress,
            Credentials = token is null ? null : ApiCredentials.Token(token, scheme),
            UserAgent = userAgent,
            Timeout = TimeSpan.FromSeconds(30),
        });

    /// <summary>Request options that keep the last response's status and headers.</summary>
    public static (RequestOptions Options, Func<ApiResponseInfo?> Last) CaptureResponse()
    {
        ApiResponseInfo? last = null;
        return (new RequestOptions { OnResponse = response => last = response }, () => last);
    }
}
