namespace OpenApiClientGen.Runtime;

/// <summary>
/// Credentials applied to each request as it is sent, so they can be replaced on a live client and clients with
/// different credentials can share one connection pool. No kind is ever sent over plain http to a host other than
/// loopback unless <see cref="ApiClientOptions.AllowInsecureHttp"/> is set.
/// </summary>
public abstract class ApiCredentials
{
    /// <summary><c>Authorization: &lt;scheme&gt; &lt;token&gt;</c>, e.g. a bearer token or a personal access token.</summary>
    /// <exception cref="ArgumentException">The token or scheme is empty or contains control characters or (for the scheme) whitespace.</exception>
    public static ApiCredentials Token(string token, string scheme = "Bearer") => new TokenCredentials(token, scheme);

    /// <summary><c>Authorization: Basic base64(user:password)</c> (RFC 7617).</summary>
    /// <exception cref="ArgumentException">The user name is empty or contains ':', or either value contains control characters.</exception>
    public static ApiCredentials Basic(string userName, string password) => new BasicCredentials(userName, password);

    /// <summary>
    /// A token as the password of Basic authentication, which APIs such as GitHub's (and git over https) accept:
    /// <c>Authorization: Basic base64(userName:token)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The token is empty, the user name is empty or contains ':', or either contains control characters.</exception>
    public static ApiCredentials BasicToken(string token, string userName = "x-access-token")
    {
        ArgumentNullException.ThrowIfNull(token);
        return new BasicCredentials(userName, token, allowEmptyPassword: false);
    }

    /// <summary>
    /// An API key named <paramref name="name"/>: a header, a query parameter (percent-encoded, replacing a parameter
    /// of the same name) or a cookie (added to the Cookie header).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The name or value is empty or contains control characters; a header or cookie name is not a token; a header
    /// value is not ASCII; a cookie value contains characters cookies cannot carry.
    /// </exception>
    public static ApiCredentials ApiKey(string name, string value, ApiKeyLocation location = ApiKeyLocation.Header) =>
        new ApiKeyCredentials(name, value, location);

    /// <summary>A cookie sent with every request, such as a session cookie obtained elsewhere.</summary>
    /// <exception cref="ArgumentException">The name is not a token, or the value is empty or contains characters cookies cannot carry.</exception>
    public static ApiCredentials Cookie(string name, string value) => new ApiKeyCredentials(name, value, ApiKeyLocation.Cookie);

    /// <summary>
    /// OAuth 2.0 access tokens from <paramref name="provider"/>, sent as <c>Authorization: &lt;type&gt; &lt;token&gt;</c>.
    /// The provider is asked on every request (a <see cref="CachingTokenProvider"/> answers from its cache). When the
    /// API answers 401 and the provider can renew the token without user interaction, the call is repeated once with
    /// a renewed token.
    /// </summary>
    public static ApiCredentials OAuth(IAccessTokenProvider provider) => new OAuthCredentials(provider);

    /// <summary>Adds the credentials to an outgoing request.</summary>
    public abstract ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>
    /// Called when the server answered 401 to <paramref name="rejected"/>; true when the credentials changed so that
    /// sending the request again may succeed.
    /// </summary>
    internal virtual ValueTask<bool> RenewAfterUnauthorizedAsync(HttpRequestMessage rejected, CancellationToken cancellationToken) => new(false);
}
