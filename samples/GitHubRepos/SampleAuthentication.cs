namespace GitHubRepos;

/// <summary>How the sample authenticates.</summary>
internal enum SampleAuthentication
{
    /// <summary>A token: --token, GITHUB_TOKEN, or the stand-in's demo token.</summary>
    Token,

    /// <summary>Basic authentication: --user and --password (a token as the password).</summary>
    Basic,

    /// <summary>The OAuth device flow: --device-flow and --client-id.</summary>
    DeviceFlow,
}
