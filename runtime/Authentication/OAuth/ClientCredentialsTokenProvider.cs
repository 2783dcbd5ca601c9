using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// Tokens for the client itself, from the client credentials grant (RFC 6749 §4.4): the client id and secret are
/// exchanged for a token, again shortly before it expires.
/// </summary>
public sealed class ClientCredentialsTokenProvider : CachingTokenProvider
{
    private readonly TokenEndpointClient _endpoint;
    private readonly string? _scope;

    /// <summary>Creates the provider; <paramref name="scope"/> is the space-separated scope to request, null for the server's default.</summary>
    /// <exception cref="ArgumentException">The client has no secret.</exception>
    public ClientCredentialsTokenProvider(OAuthClientOptions client, string? scope = null, TimeProvider? timeProvider = null)
        : base(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.ClientSecret is null)
        {
            throw new ArgumentException("The client credentials grant needs a client secret.", nameof(client));
        }

        if (scope is not null)
        {
            CredentialText.Validate(scope, nameof(scope), allowEmpty: true);
        }

        _endpoint = new TokenEndpointClient(client, TimeProvider);
        _scope = scope;
    }

    /// <inheritdoc />
    protected override async Task<AccessToken> FetchTokenAsync(CancellationToken cancellationToken)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        TokenEndpointClient.AddScope(parameters, _scope);
        TokenGrant grant = await _endpoint.RequestTokenAsync(parameters, cancellationToken).ConfigureAwait(false);
        return grant.Token;
    }
}
