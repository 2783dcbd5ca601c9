using GitHubRepos;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>The sample's authentication options: --token (SampleArgumentsTests), --user/--password, --device-flow/--client-id.</summary>
public sealed class SampleAuthenticationArgumentsTests
{
    private static readonly Func<string, string?> TokenInEnvironment = name => name == "GITHUB_TOKEN" ? "ghp_environment" : null;

    [Fact]
    public void A_token_is_the_default_way_to_authenticate()
    {
        Assert.True(SampleArguments.TryParse(["--token", "ghp_x"], TokenInEnvironment, out SampleArguments? arguments, out _));

        Assert.Equal(SampleAuthentication.Token, arguments.Authentication);
        Assert.Equal("ghp_x", arguments.Token);
        Assert.Null(arguments.UserName);
        Assert.Null(arguments.ClientId);
    }

    [Fact]
    public void User_and_password_select_Basic_authentication_and_need_no_token_for_GitHub()
    {
        Assert.True(SampleArguments.TryParse(
            ["--base-url", "https://api.github.com", "--user", "octocat", "--password=ghp_pass:word"], TokenInEnvironment, out SampleArguments? arguments, out string? error));

        Assert.Null(error);
        Assert.Equal(SampleAuthentication.Basic, arguments.Authentication);
        Assert.Equal("octocat", arguments.UserName);
        Assert.Equal("ghp_pass:word", arguments.Password);
        Assert.Null(arguments.Token); // GITHUB_TOKEN is not used alongside Basic authentication
    }

    [Fact]
    public void The_device_flow_needs_a_client_id_and_no_token()
    {
        Assert.True(SampleArguments.TryParse(
            ["--device-flow", "--client-id", "Iv1.b507a08c87ecfe98", "--base-url", "https://api.github.com", "--visibility", "all"],
            _ => null,
            out SampleArguments? arguments,
            out string? error));

        Assert.Null(error);
        Assert.Equal(SampleAuthentication.DeviceFlow, arguments.Authentication);
        Assert.Equal("Iv1.b507a08c87ecfe98", arguments.ClientId);
        Assert.Null(arguments.Token);
        Assert.Equal("all", arguments.Visibility);
        Assert.Contains("--device-flow", SampleArguments.Usage, StringComparison.Ordinal);
        Assert.Contains("--user <login>", SampleArguments.Usage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--user needs --password <token>", "--user", "octocat")]
    [InlineData("--password needs --user <login>", "--password", "ghp_x")]
    [InlineData("--user must be a login: not empty, no ':' or spaces", "--user", "octo:cat", "--password", "p")]
    [InlineData("--user must be a login: not empty, no ':' or spaces", "--user=", "--password", "p")]
    [InlineData("--password must not be empty", "--user", "octocat", "--password=")]
    [InlineData("--device-flow needs --client-id <id>", "--device-flow")]
    [InlineData("--client-id is only used with --device-flow", "--client-id", "abc")]
    [InlineData("--client-id must not be empty or contain spaces", "--device-flow", "--client-id=")]
    [InlineData("option '--device-flow' takes no value", "--device-flow=yes", "--client-id", "abc")]
    [InlineData("option '--device-flow' is given more than once", "--device-flow", "--device-flow", "--client-id", "abc")]
    [InlineData("option '--user' needs a value", "--user", "--password", "p")]
    [InlineData("--token, --user/--password and --device-flow are alternatives: give only one", "--token", "t", "--user", "u", "--password", "p")]
    [InlineData("--token, --user/--password and --device-flow are alternatives: give only one", "--token", "t", "--device-flow", "--client-id", "abc")]
    [InlineData("--token, --user/--password and --device-flow are alternatives: give only one", "--user", "u", "--password", "p", "--device-flow", "--client-id", "abc")]
    public void Bad_authentication_options_give_one_clear_message(string expected, params string[] args)
    {
        Assert.False(SampleArguments.TryParse(args, _ => null, out SampleArguments? arguments, out string? error));

        Assert.Null(arguments);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void The_device_flow_signs_in_at_github_com_for_the_public_API_and_at_the_API_host_otherwise()
    {
        Assert.Same(OpenApiClientGen.Runtime.OAuthEndpoints.GitHub, SampleCredentials.EndpointsFor(new Uri("https://api.github.com/")));
        Assert.Equal(
            new Uri("https://ghe.example.com/login/device/code"),
            SampleCredentials.EndpointsFor(new Uri("https://ghe.example.com/api/v3/")).DeviceAuthorizationEndpoint);
        Assert.Equal(
            new Uri("http://127.0.0.1:5123/login/oauth/access_token"),
            SampleCredentials.EndpointsFor(new Uri("http://127.0.0.1:5123/")).TokenEndpoint);
    }
}
