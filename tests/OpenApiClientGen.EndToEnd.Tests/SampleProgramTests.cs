using GitHubRepos.StandIn;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>The built sample (samples/GitHubRepos) run as a process: output, exit codes, one-line errors.</summary>
public sealed class SampleProgramTests
{
    [Fact]
    public async Task Without_arguments_it_lists_every_public_repository_from_its_embedded_stand_in()
    {
        SampleRun run = await SampleApp.RunAsync([]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        string[] lines = run.Output.Split('\n');
        Assert.StartsWith("Public repositories of octo-dev (local GitHub stand-in at http://127.0.0.1:", lines[0], StringComparison.Ordinal);
        string[] rows = lines.SkipWhile(l => !l.StartsWith("----", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        Assert.Equal(StandInData.PublicOwnedRepositories.Select(r => r.Name), rows.Select(r => r.Split(' ')[0]));
        Assert.Matches(@"^aurora-cache\s+1,204\s+Rust\s+2025-06-12 17:03 UTC$", rows[0]);
        Assert.Matches(@"^lantern-docs\s+0\s+-\s+2023-02-06 21:11 UTC$", rows.Single(r => r.StartsWith("lantern-docs ", StringComparison.Ordinal)));
        long stars = StandInData.PublicOwnedRepositories.Sum(r => r.Stars);
        Assert.Contains($"Total: 25 repositories, {stars:N0} stars (3 pages read)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Rate limit: 4,996 of 5,000 requests left", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Against_a_given_base_url_it_sends_the_token_and_follows_every_page()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync(new GitHubStandInOptions { RequiredToken = "ghp_fromEnvironment" });

        SampleRun run = await SampleApp.RunAsync(["--base-url", standIn.BaseAddress.AbsoluteUri, "--per-page", "8", "--visibility", "public"], token: "ghp_fromEnvironment");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Public repositories of octo-dev ({standIn.BaseAddress})", run.Output, StringComparison.Ordinal);
        Assert.Contains("Total: 25 repositories", run.Output, StringComparison.Ordinal);
        Assert.Contains("(4 pages read)", run.Output, StringComparison.Ordinal);
        Assert.Equal(
            new[]
            {
                "/user",
                "/user/repos?visibility=public&affiliation=owner&per_page=8",
                "/user/repos?visibility=public&affiliation=owner&per_page=8&page=2",
                "/user/repos?visibility=public&affiliation=owner&per_page=8&page=3",
                "/user/repos?visibility=public&affiliation=owner&per_page=8&page=4",
            },
            standIn.Requests.Select(r => r.PathAndQuery));
        Assert.All(standIn.Requests, r =>
        {
            Assert.Equal("Bearer ghp_fromEnvironment", r.Header("Authorization"));
            Assert.Equal("OpenApiClientGen-GitHubRepos-Sample", r.Header("User-Agent"));
            Assert.Equal("2022-11-28", r.Header("X-GitHub-Api-Version"));
        });
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_zero()
    {
        SampleRun run = await SampleApp.RunAsync(["--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: GitHubRepos [options]", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("GitHubRepos: unknown option '--frobnicate' (run with --help for usage)", "--frobnicate")]
    [InlineData("GitHubRepos: no token for api.github.com: set GITHUB_TOKEN or pass --token <token> (run with --help for usage)", "--base-url", "https://api.github.com")]
    public async Task Bad_arguments_print_one_line_and_exit_2(string expected, params string[] args)
    {
        SampleRun run = await SampleApp.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(expected, Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task A_failed_call_prints_one_line_and_exits_1()
    {
        SampleRun run = await SampleApp.RunAsync(["--token", "ghp_revoked"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        string line = Assert.Single(run.ErrorLines);
        Assert.Matches(@"^GitHubRepos: GET http://127\.0\.0\.1:\d+/user failed with 401 Unauthorized: Bad credentials \(check the token: --token or GITHUB_TOKEN\)$", line);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task An_unreachable_server_prints_one_line_and_exits_1()
    {
        // Bound but never listening: connections are refused, and no other test's server can take the port meanwhile.
        using var closed = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        closed.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        int port = ((System.Net.IPEndPoint)closed.LocalEndPoint!).Port;

        SampleRun run = await SampleApp.RunAsync(["--base-url", $"http://127.0.0.1:{port}"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith($"GitHubRepos: could not reach http://127.0.0.1:{port}: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
