namespace OpenApiClientGen.Runtime;

/// <summary>The endpoints of an OAuth 2.0 authorization server.</summary>
public sealed class OAuthEndpoints
{
    /// <summary>Describes a server by its token endpoint and, for the device flow, its device authorization endpoint.</summary>
    /// <exception cref="ArgumentException">An endpoint is not an absolute http(s) URI.</exception>
    public OAuthEndpoints(Uri tokenEndpoint, Uri? deviceAuthorizationEndpoint = null)
    {
        TokenEndpoint = Check(tokenEndpoint, nameof(tokenEndpoint));
        DeviceAuthorizationEndpoint = deviceAuthorizationEndpoint is null ? null : Check(deviceAuthorizationEndpoint, nameof(deviceAuthorizationEndpoint));
    }

    /// <summary>github.com: <c>https://github.com/login/oauth/access_token</c> and <c>https://github.com/login/device/code</c>.</summary>
    public static OAuthEndpoints GitHub { get; } = ForGitHubServer(new Uri("https://github.com/"));

    /// <summary>Where tokens are requested (RFC 6749 §3.2).</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>Where the device flow starts (RFC 8628 §3.1); null when the server does not offer it.</summary>
    public Uri? DeviceAuthorizationEndpoint { get; }

    /// <summary>How clients with a secret authenticate unless their options say otherwise.</summary>
    public OAuthClientAuthentication ClientAuthentication { get; init; } = OAuthClientAuthentication.ClientSecretBasic;

    /// <summary>
    /// The endpoints of a GitHub web host (GitHub Enterprise Server, or a stand-in): <c>login/oauth/access_token</c>
    /// and <c>login/device/code</c> under <paramref name="webAddress"/>, client secrets in the form.
    /// </summary>
    public static OAuthEndpoints ForGitHubServer(Uri webAddress)
    {
        ArgumentNullException.ThrowIfNull(webAddress);
        Uri root = new(Check(webAddress, nameof(webAddress)).GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        return new OAuthEndpoints(new Uri(root, "login/oauth/access_token"), new Uri(root, "login/device/code"))
        {
            ClientAuthentication = OAuthClientAuthentication.ClientSecretPost,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"OAuthEndpoints({TokenEndpoint})";

    private static Uri Check(Uri endpoint, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(endpoint, parameterName);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The endpoint '{endpoint}' must be an absolute http(s) URI.", parameterName);
        }

        if (endpoint.UserInfo.Length > 0)
        {
            throw new ArgumentException("The endpoint must not contain user information.", parameterName);
        }

        return endpoint;
    }
}
