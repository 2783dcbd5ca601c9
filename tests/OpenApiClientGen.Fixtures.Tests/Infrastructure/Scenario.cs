using GitHub;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Fixtures.Tests.Infrastructure;

/// <summary>
/// One loaded recording of <c>@octokit/fixtures</c> (scenarios/api.github.com/&lt;name&gt;), replayed by
/// <c>@octokit/fixtures-server</c>: a <see cref="GitHubClient"/> whose base address is the scenario's URL, sending
/// what the recordings expect (<c>Authorization: token …</c>, <c>Accept: application/vnd.github.v3+json</c>). The
/// server checks method, path, query, the recorded headers (Accept, Authorization, Content-Type, Content-Length) and
/// the body of every request, in order; a test passes when every recorded request was sent and the typed results
/// match the recording.
/// </summary>
public sealed class Scenario : IAsyncDisposable
{
    /// <summary>The organization the recordings were made in.</summary>
    public const string Org = "octokit-fixture-org";

    /// <summary>The token the recordings were made with (octokit-fixture-user-a).</summary>
    public const string Token = "0000000000000000000000000000000000000001";

    /// <summary>The second recorded user's token (octokit-fixture-user-b).</summary>
    public const string TokenB = "0000000000000000000000000000000000000002";

    /// <summary>The media type every recorded request names unless a scenario says otherwise.</summary>
    public const string V3Json = "application/vnd.github.v3+json";

    private readonly FixturesServer _server;

    private Scenario(FixturesServer server, string name, Uri baseAddress)
    {
        _server = server;
        Name = name;
        BaseAddress = baseAddress;
        var options = new GitHubClientOptions
        {
            BaseAddress = baseAddress,
            Credentials = ApiCredentials.Token(Token, "token"),
            // A recording is consumed request by request: a retry would be checked against the next one.
            Retry = { MaxAttempts = 0 },
            // The recordings name this media type on every request; a client default replaces each operation's own.
            DefaultHeaders = { ["Accept"] = V3Json },
        };

        // The description sends release-asset uploads to https://uploads.github.com; the server replays that host
        // under its own address, beside api.github.com.
        options.ServerAddresses[UploadsServer] = UploadsAddress(baseAddress);
        GitHub = new GitHubClient(options);
    }

    /// <summary>The operation-level server GitHub's description declares for release-asset uploads.</summary>
    public const string UploadsServer = "https://uploads.github.com";

    public string Name { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234/api.github.com/k2j3h4</c>.</summary>
    public Uri BaseAddress { get; }

    public GitHubClient GitHub { get; }

    /// <summary>The recording's address for <paramref name="path"/> (it rewrites every https://api.github.com/ URL).</summary>
    public string Url(string path) => BaseAddress.AbsoluteUri.TrimEnd('/') + "/" + path.TrimStart('/');

    /// <summary>e.g. <c>http://127.0.0.1:41234/uploads.github.com/k2j3h4/</c> for the scenario's api.github.com address.</summary>
    private static Uri UploadsAddress(Uri baseAddress) =>
        new(baseAddress.AbsoluteUri.Replace("/api.github.com/", "/uploads.github.com/", StringComparison.Ordinal));

    public static async Task<Scenario> LoadAsync(FixturesServer server, string name) =>
        new(server, name, await server.LoadScenarioAsync(name));

    /// <summary>Per-call options for the calls that differ from the client's defaults: another media type or user.</summary>
    public static RequestOptions Accept(string mediaType = V3Json, string? token = null)
    {
        var options = new RequestOptions();
        options.Headers["Accept"] = mediaType;
        if (token is not null)
        {
            options.Headers["Authorization"] = "token " + token;
        }

        return options;
    }

    /// <summary>
    /// Runs the scenario's calls. A request the recording does not expect comes back as 404 from the server with
    /// what was sent (or what is pending); that text becomes the failure message. Afterwards every recorded
    /// request must have been consumed.
    /// </summary>
    public async Task RunAsync(Func<GitHubClient, Task> calls)
    {
        try
        {
            await calls(GitHub);
        }
        catch (ApiException e) when (IsReplayMismatch(e))
        {
            throw new Xunit.Sdk.XunitException(
                $"Scenario \"{Name}\": {e.RequestMethod} {e.RequestUri} does not match the recording ({e.StatusCode}):\n{e.Body}\nserver stderr:\n{_server.StandardError}");
        }

        (bool done, string detail) = await _server.CheckConsumedAsync(BaseAddress);
        Assert.True(done, $"Scenario \"{Name}\" has recorded requests that were not sent:\n{detail}");
    }

    /// <summary>The server's answers to an unexpected request, as opposed to a recorded error response.</summary>
    public static bool IsReplayMismatch(ApiException e) =>
        e.Body is { } body
        && (body.Contains("Nock: No match", StringComparison.Ordinal)
            || body.Contains("does not match next fixture", StringComparison.Ordinal)
            || body.Contains("Accept header required", StringComparison.Ordinal)
            || (body.Contains("Fixture \"", StringComparison.Ordinal) && body.Contains("not found", StringComparison.Ordinal)));

    public ValueTask DisposeAsync() => GitHub.DisposeAsync();
}
