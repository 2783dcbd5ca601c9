namespace OpenApiClientGen.Runtime;

/// <summary>
/// Credentials applied to each request as it is sent, so they can be replaced on a live client and clients with
/// different credentials can share one connection pool.
/// </summary>
public abstract class ApiCredentials
{
    /// <summary><c>Authorization: &lt;scheme&gt; &lt;token&gt;</c>, e.g. a bearer token or a personal access token.</summary>
    /// <exception cref="ArgumentException">The token or scheme is empty or contains control characters or (for the scheme) whitespace.</exception>
    public static ApiCredentials Token(string token, string scheme = "Bearer") => new TokenCredentials(token, scheme);

    /// <summary><c>Authorization: Basic base64(user:password)</c> (RFC 7617).</summary>
    /// <exception cref="ArgumentException">The user name is empty or contains ':', or either value contains control characters.</exception>
    public static ApiCredentials Basic(string userName, string password) => new BasicCredentials(userName, password);

    /// <summary>Adds the credentials to an outgoing request.</summary>
    public abstract ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
