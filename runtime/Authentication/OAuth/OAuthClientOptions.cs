using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime;

/// <summary>An OAuth 2.0 client as the authorization server knows it, and how to reach that server.</summary>
public sealed class OAuthClientOptions
{
    private OAuthClientAuthentication? _clientAuthentication;

    /// <summary>
    /// Describes the client; <paramref name="clientSecret"/> is null for public clients (such as command-line tools
    /// using the device flow).
    /// </summary>
    /// <exception cref="ArgumentException">The client id is empty, the secret is empty, or either contains control characters.</exception>
    public OAuthClientOptions(OAuthEndpoints endpoints, string clientId, string? clientSecret = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        CredentialText.Validate(clientId, nameof(clientId));
        if (clientSecret is not null)
        {
            CredentialText.Validate(clientSecret, nameof(clientSecret));
        }

        Endpoints = endpoints;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    /// <summary>The server's endpoints.</summary>
    public OAuthEndpoints Endpoints { get; }

    /// <summary>The client identifier.</summary>
    public string ClientId { get; }

    /// <summary>How the secret is sent; defaults to what <see cref="Endpoints"/> prefers. Without a secret, the client id goes in the form.</summary>
    public OAuthClientAuthentication ClientAuthentication
    {
        get => _clientAuthentication ?? Endpoints.ClientAuthentication;
        set => _clientAuthentication = value;
    }

    /// <summary>The HttpClient for token requests (borrowed, never disposed); null uses a shared one.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Allows plain-http endpoints on hosts other than loopback; the client secret and tokens then travel unencrypted.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>The User-Agent of token requests; null sends <see cref="ApiClientOptions.DefaultUserAgent"/>.</summary>
    public string? UserAgent { get; set; }

    /// <summary>The client secret; null for public clients.</summary>
    internal string? ClientSecret { get; }

    /// <inheritdoc />
    public override string ToString() => $"OAuthClientOptions({ClientId}, {(ClientSecret is null ? "public" : "secret ***")})";
}
