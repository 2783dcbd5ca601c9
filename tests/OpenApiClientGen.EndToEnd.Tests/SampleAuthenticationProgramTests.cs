using System.Text;
using GitHubRepos.StandIn;
using OpenApiClientGen.EndToEnd.Tests.Infrastructure;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>The built sample signing in with Basic authentication and the OAuth device flow.</summary>
public sealed class SampleAuthenticationProgramTests
{
    private const string Prompt = @"^Open http://127\.0\.0\.1:\d+/login/device and enter [A-Z]{4}-[A-Z]{4}$";

    [Fact]
    public async Task User_and_password_are_sent_as_Basic_authentication()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();

        SampleRun run = await SampleApp.RunAsync(
            ["--base-url", standIn.BaseAddress.AbsoluteUri, "--user", "octo-dev", "--password", StandInData.DemoToken], token: "ghp_ignored");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Total: 25 repositories", run.Output, StringComparison.Ordinal);
        string expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("octo-dev:" + StandInData.DemoToken));
        Assert.All(standIn.Requests, r => Assert.Equal(expected, r.Header("Authorization")));
    }

    [Fact]
    public async Task A_wrong_password_prints_one_line_pointing_at_user_and_password()
    {
        SampleRun run = await SampleApp.RunAsync(["--user", "octo-dev", "--password", "wrong"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(
            @"^GitHubRepos: GET http://127\.0\.0\.1:\d+/user failed with 401 Unauthorized: Bad credentials \(check --user and --password\)$",
            Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task The_device_flow_against_the_embedded_stand_in_prints_the_code_and_lists_after_approval()
    {
        SampleRun run = await SampleApp.RunAsync(["--device-flow", "--client-id", "demo"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(Prompt, Assert.Single(run.ErrorLines));
        Assert.StartsWith("Public repositories of octo-dev (local GitHub stand-in at http://127.0.0.1:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Total: 25 repositories", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_device_flow_polls_the_API_hosts_sign_in_endpoints_and_then_calls_the_API_with_the_token()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync();

        SampleRun run = await SampleApp.RunAsync(["--base-url", standIn.BaseAddress.AbsoluteUri, "--device-flow", "--client-id", "demo", "--visibility", "private"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        StandInRequest[] requests = standIn.Requests.ToArray();
        Assert.Equal(
            ["POST /login/device/code", "POST /login/oauth/access_token", "POST /login/oauth/access_token", "GET /user"],
            requests.Take(4).Select(r => r.Method + " " + r.Path));
        Assert.Equal("scope=repo&client_id=demo", requests[0].Body);
        Assert.Equal("application/json", requests[0].Header("Accept"));
        Assert.StartsWith("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=", requests[1].Body, StringComparison.Ordinal);
        Assert.EndsWith("&client_id=demo", requests[1].Body, StringComparison.Ordinal);
        Assert.All(requests.Skip(3), r => Assert.Equal("Bearer " + StandInData.DemoToken, r.Header("Authorization")));
    }

    [Fact]
    public async Task A_denied_sign_in_prints_one_line_after_the_prompt_and_exits_1()
    {
        await using GitHubStandIn standIn = await GitHubStandIn.StartAsync(new GitHubStandInOptions { DenyDeviceAuthorization = true });

        SampleRun run = await SampleApp.RunAsync(["--base-url", standIn.BaseAddress.AbsoluteUri, "--device-flow", "--client-id", "demo"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.Matches(Prompt, run.ErrorLines[0]);
        Assert.Equal("GitHubRepos: sign-in failed: access_denied: The authorization request was denied.", run.ErrorLines[1]);
        Assert.Equal("", run.Output);
        Assert.DoesNotContain(standIn.Requests, r => r.Path == "/user");
    }
}
