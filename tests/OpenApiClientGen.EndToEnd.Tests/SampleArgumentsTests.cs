using GitHubRepos;

namespace OpenApiClientGen.EndToEnd.Tests;

/// <summary>The sample's command line (samples/GitHubRepos/SampleArguments.cs).</summary>
public sealed class SampleArgumentsTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Without_arguments_the_stand_in_is_used_with_small_pages()
    {
        Assert.True(SampleArguments.TryParse([], name => name == "GITHUB_TOKEN" ? "ghp_real" : null, out SampleArguments? arguments, out string? error));

        Assert.Null(error);
        Assert.Null(arguments.BaseAddress);
        Assert.Null(arguments.Token); // a real token must not be sent to the stand-in
        Assert.Equal("public", arguments.Visibility);
        Assert.Equal(SampleArguments.StandInPageSize, arguments.PerPage);
        Assert.False(arguments.ShowHelp);
    }

    [Fact]
    public void A_real_base_url_takes_the_token_from_the_option_or_the_environment()
    {
        Assert.True(SampleArguments.TryParse(
            ["--base-url", "https://api.github.com", "--token", "ghp_option", "--visibility=all", "--per-page", "50"],
            name => name == "GITHUB_TOKEN" ? "ghp_environment" : null,
            out SampleArguments? withOption,
            out _));
        Assert.Equal(new Uri("https://api.github.com"), withOption.BaseAddress);
        Assert.Equal("ghp_option", withOption.Token);
        Assert.Equal("all", withOption.Visibility);
        Assert.Equal(50, withOption.PerPage);

        Assert.True(SampleArguments.TryParse(
            ["--base-url=https://ghe.example.com/api/v3/"],
            name => name == "GITHUB_TOKEN" ? "ghp_environment" : null,
            out SampleArguments? fromEnvironment,
            out _));
        Assert.Equal("ghp_environment", fromEnvironment.Token);
        Assert.Equal(SampleArguments.DefaultPageSize, fromEnvironment.PerPage);
    }

    [Fact]
    public void A_loopback_base_url_may_go_without_a_token()
    {
        Assert.True(SampleArguments.TryParse(["--base-url", "http://127.0.0.1:5123"], NoEnvironment, out SampleArguments? arguments, out _));

        Assert.Null(arguments.Token);
        Assert.True(arguments.BaseAddress!.IsLoopback);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("--help")]
    public void Help_wins_over_everything_else(string option)
    {
        Assert.True(SampleArguments.TryParse(["--bogus", option], NoEnvironment, out SampleArguments? first, out _));
        Assert.True(SampleArguments.TryParse([option, "--per-page", "0"], NoEnvironment, out SampleArguments? second, out _));
        Assert.True(first.ShowHelp);
        Assert.True(second.ShowHelp);
        Assert.Contains("--base-url", SampleArguments.Usage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown option '--bogus'", "--bogus")]
    [InlineData("unexpected argument 'repos'", "repos")]
    [InlineData("option '--token' needs a value", "--token")]
    [InlineData("option '--per-page' needs a value", "--per-page", "--token", "x")]
    [InlineData("option '--visibility' is given more than once", "--visibility", "all", "--visibility", "public")]
    [InlineData("--per-page must be a whole number from 1 to 100, not '0'", "--per-page", "0")]
    [InlineData("--per-page must be a whole number from 1 to 100, not '101'", "--per-page", "101")]
    [InlineData("--per-page must be a whole number from 1 to 100, not '-5'", "--per-page=-5")]
    [InlineData("--visibility must be public, private or all, not 'secret'", "--visibility", "secret")]
    [InlineData("--base-url must be an absolute http(s) URL without query, such as https://api.github.com, not 'api.github.com'", "--base-url", "api.github.com")]
    [InlineData("--base-url must be an absolute http(s) URL without query, such as https://api.github.com, not 'https://api.github.com/?page=2'", "--base-url", "https://api.github.com/?page=2")]
    [InlineData("--base-url must use https for example.com (plain http is only accepted for 127.0.0.1 and localhost)", "--base-url", "http://example.com")]
    [InlineData("no token for api.github.com: set GITHUB_TOKEN or pass --token <token>", "--base-url", "https://api.github.com")]
    [InlineData("--token must not be empty or contain spaces", "--token=")]
    public void Bad_arguments_give_one_clear_message(string expected, params string[] args)
    {
        Assert.False(SampleArguments.TryParse(args, NoEnvironment, out SampleArguments? arguments, out string? error));

        Assert.Null(arguments);
        Assert.Equal(expected, error);
    }
}
