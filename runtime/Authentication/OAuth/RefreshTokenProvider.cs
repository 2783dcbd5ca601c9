using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// Tokens from the refresh token grant (RFC 6749 §6). When the server rotates the refresh token, the new one is kept
/// for the next refresh and announced through <see cref="RefreshTokenChanged"/> so it can be stored.
/// </summary>
public sealed class RefreshTokenProvider : CachingTokenProvider
{
    private readonly TokenEndpointClient _endpoint;
    private readonly string? _scope;
    private volatile string _refreshToken;

    /// <summary>Creates the provider; <paramref name="scope"/> narrows the scope of new tokens, null keeps the granted one.</summary>
    /// <exception cref="ArgumentException">The refresh token is empty or contains control characters.</exception>
    public RefreshTokenProvider(OAuthClientOptions client, string refreshToken, string? scope = null, TimeProvider? timeProvider = null)
        : base(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(client);
        CredentialText.Validate(refreshToken, nameof(refreshToken));
        if (scope is not null)
        {
            CredentialText.Validate(scope, nameof(scope), allowEmpty: true);
        }

        _endpoint = new TokenEndpointClient(client, TimeProvider);
        _refreshToken = refreshToken;
        _scope = scope;
    }

    /// <summary>Raised with the new refresh token when the server issued one (the previous one may no longer work).</summary>
    public event Action<string>? RefreshTokenChanged;

    /// <summary>The refresh token the next refresh sends: the latest one the server issued.</summary>
    public string RefreshToken => _refreshToken;

    /// <inheritdoc />
    protected override async Task<AccessToken> FetchTokenAsync(CancellationToken cancellationToken)
    {
        TokenGrant grant = await _endpoint.RefreshAsync(_refreshToken, _scope, cancellationToken).ConfigureAwait(false);
        if (grant.RefreshToken is { } rotated && !string.Equals(rotated, _refreshToken, StringComparison.Ordinal))
        {
            _refreshToken = rotated;
            RefreshTokenChanged?.Invoke(rotated);
        }

        return grant.Token;
    }

    /// <inheritdoc />
    public override string ToString() => "RefreshTokenProvider(***)";
}
