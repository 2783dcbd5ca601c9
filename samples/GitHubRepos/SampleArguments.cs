using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GitHubRepos;

/// <summary>The command line of the sample, validated.</summary>
internal sealed class SampleArguments
{
    /// <summary>Page size against the local stand-in: small, so that the demo follows several pages.</summary>
    public const int StandInPageSize = 10;

    /// <summary>Page size against a real server: GitHub's maximum, fewest calls.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The environment variable the token is read from.</summary>
    public const string TokenVariable = "GITHUB_TOKEN";

    public const string Usage =
        """
        Usage: GitHubRepos [options]

        Lists the repositories of the authenticated GitHub user (name, stars, language, last update),
        following every page the API announces in its Link header.

        Without --base-url a local GitHub stand-in with demo data is started on 127.0.0.1.

        Options:
          --base-url <url>     API to call, for example https://api.github.com
                               (default: the local stand-in)
          --token <token>      Token to authenticate with (default: the GITHUB_TOKEN environment variable;
                               a demo token for the local stand-in)
          --user <login>       Basic authentication instead of a token, with --password
          --password <token>   The password for --user: a personal access token (GitHub accepts no
                               account passwords; the local stand-in takes its demo token)
          --device-flow        Sign in in the browser instead (OAuth device flow): prints a code to enter
                               at a GitHub page and waits until it is approved; needs --client-id
          --client-id <id>     Client id of the OAuth app or GitHub App to sign in to (device flow enabled)
          --visibility <v>     public (default), private or all
          --per-page <n>       Page size, 1-100 (default: 100; 10 against the local stand-in)
          -h, --help           Show this help

        Exit codes: 0 success, 1 the API call failed, 2 bad arguments.

        """;

    private SampleArguments()
    {
    }

    /// <summary>The API to call; null runs against the embedded stand-in.</summary>
    public Uri? BaseAddress { get; private init; }

    /// <summary>How the sample authenticates: a token (the default), Basic authentication or the device flow.</summary>
    public SampleAuthentication Authentication { get; private init; }

    /// <summary>The token to send; for the stand-in without --token, null (the stand-in's demo token is used).</summary>
    public string? Token { get; private init; }

    /// <summary>The user name of Basic authentication.</summary>
    public string? UserName { get; private init; }

    /// <summary>The password of Basic authentication.</summary>
    public string? Password { get; private init; }

    /// <summary>The OAuth client id of the device flow.</summary>
    public string? ClientId { get; private init; }

    /// <summary>public, private or all.</summary>
    public string Visibility { get; private init; } = "public";

    /// <summary>Items per page, 1-100.</summary>
    public int PerPage { get; private init; }

    /// <summary>--help was given: print <see cref="Usage"/> and do nothing else.</summary>
    public bool ShowHelp { get; private init; }

    /// <summary>Parses <paramref name="args"/>; <paramref name="environment"/> reads environment variables.</summary>
    public static bool TryParse(
        IReadOnlyList<string> args,
        Func<string, string?> environment,
        [NotNullWhen(true)] out SampleArguments? result,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        if (args.Any(arg => arg is "-h" or "--help" or "-?" or "/?"))
        {
            result = new SampleArguments { ShowHelp = true };
            error = null;
            return true;
        }

        result = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unexpected argument '{arg}'";
                return false;
            }

            string name = arg;
            string? value = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }

            if (name is not ("--base-url" or "--token" or "--visibility" or "--per-page" or "--user" or "--password" or "--client-id" or "--device-flow"))
            {
                error = $"unknown option '{name}'";
                return false;
            }

            if (name == "--device-flow")
            {
                // A switch: present or not.
                if (value is not null)
                {
                    error = $"option '{name}' takes no value";
                    return false;
                }

                value = "";
            }
            else if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"option '{name}' needs a value";
                    return false;
                }

                value = args[++i];
            }

            if (!values.TryAdd(name, value))
            {
                error = $"option '{name}' is given more than once";
                return false;
            }
        }

        return TryBuild(values, environment, out result, out error);
    }

    private static bool TryBuild(
        Dictionary<string, string> values,
        Func<string, string?> environment,
        [NotNullWhen(true)] out SampleArguments? result,
        [NotNullWhen(false)] out string? error)
    {
        result = null;
        Uri? baseAddress = null;
        if (values.TryGetValue("--base-url", out string? url) && !TryParseBaseAddress(url, out baseAddress, out error))
        {
            return false;
        }

        string visibility = values.GetValueOrDefault("--visibility", "public");
        if (visibility is not ("public" or "private" or "all"))
        {
            error = $"--visibility must be public, private or all, not '{visibility}'";
            return false;
        }

        int perPage = baseAddress is null ? StandInPageSize : DefaultPageSize;
        if (values.TryGetValue("--per-page", out string? size)
            && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out perPage) || perPage is < 1 or > 100))
        {
            error = $"--per-page must be a whole number from 1 to 100, not '{size}'";
            return false;
        }

        string? token = values.GetValueOrDefault("--token");
        if (token is not null && (token.Length == 0 || token.Any(char.IsWhiteSpace)))
        {
            error = "--token must not be empty or contain spaces";
            return false;
        }

        if (!TryGetAuthentication(values, out SampleAuthentication authentication, out error))
        {
            return false;
        }

        if (authentication != SampleAuthentication.Token)
        {
            result = new SampleArguments
            {
                BaseAddress = baseAddress,
                Authentication = authentication,
                UserName = values.GetValueOrDefault("--user"),
                Password = values.GetValueOrDefault("--password"),
                ClientId = values.GetValueOrDefault("--client-id"),
                Visibility = visibility,
                PerPage = perPage,
            };
            return true;
        }

        if (token is null && baseAddress is not null)
        {
            token = environment(TokenVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment.Trim() : null;
            if (token is null && !baseAddress.IsLoopback)
            {
                error = $"no token for {baseAddress.Host}: set {TokenVariable} or pass --token <token>";
                return false;
            }
        }

        result = new SampleArguments { BaseAddress = baseAddress, Token = token, Visibility = visibility, PerPage = perPage };
        error = null;
        return true;
    }

    // --token, --user with --password, and --device-flow with --client-id exclude each other.
    private static bool TryGetAuthentication(Dictionary<string, string> values, out SampleAuthentication authentication, [NotNullWhen(false)] out string? error)
    {
        authentication = SampleAuthentication.Token;
        bool basic = values.ContainsKey("--user") || values.ContainsKey("--password");
        bool deviceFlow = values.ContainsKey("--device-flow");
        if ((values.ContainsKey("--token") ? 1 : 0) + (basic ? 1 : 0) + (deviceFlow ? 1 : 0) > 1)
        {
            error = "--token, --user/--password and --device-flow are alternatives: give only one";
            return false;
        }

        if (values.ContainsKey("--client-id") && !deviceFlow)
        {
            error = "--client-id is only used with --device-flow";
            return false;
        }

        if (basic)
        {
            authentication = SampleAuthentication.Basic;
            string? problem = !values.TryGetValue("--user", out string? user) ? "--password needs --user <login>"
                : !values.TryGetValue("--password", out string? password) ? "--user needs --password <token>"
                : user.Length == 0 || user.Contains(':', StringComparison.Ordinal) || user.Any(char.IsWhiteSpace) ? "--user must be a login: not empty, no ':' or spaces"
                : password.Length == 0 || password.Any(char.IsControl) ? "--password must not be empty"
                : null;
            return Report(problem, out error);
        }

        if (deviceFlow)
        {
            authentication = SampleAuthentication.DeviceFlow;
            string? problem = !values.TryGetValue("--client-id", out string? clientId) ? "--device-flow needs --client-id <id>"
                : clientId.Length == 0 || clientId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? "--client-id must not be empty or contain spaces"
                : null;
            return Report(problem, out error);
        }

        error = null;
        return true;
    }

    private static bool Report(string? problem, [NotNullWhen(false)] out string? error)
    {
        error = problem;
        return problem is null;
    }

    private static bool TryParseBaseAddress(string text, [NotNullWhen(true)] out Uri? baseAddress, [NotNullWhen(false)] out string? error)
    {
        baseAddress = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0)
        {
            error = $"--base-url must be an absolute http(s) URL without query, such as https://api.github.com, not '{text}'";
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            error = $"--base-url must use https for {uri.Host} (plain http is only accepted for 127.0.0.1 and localhost)";
            return false;
        }

        baseAddress = uri;
        error = null;
        return true;
    }
}
