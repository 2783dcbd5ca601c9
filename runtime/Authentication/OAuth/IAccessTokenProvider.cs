namespace OpenApiClientGen.Runtime;

/// <summary>Supplies OAuth 2.0 access tokens to <see cref="ApiCredentials.OAuth"/>; called on every request, from any thread.</summary>
public interface IAccessTokenProvider
{
    /// <summary>
    /// Returns a token that is valid now. With <paramref name="forceRefresh"/> a cached token must not be returned
    /// (the server rejected it).
    /// </summary>
    ValueTask<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
