using System.Net.Http.Headers;
using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime;

/// <summary>Access tokens from an <see cref="IAccessTokenProvider"/>, fetched per request.</summary>
internal sealed class OAuthCredentials : ApiCredentials
{
    private readonly IAccessTokenProvider _provider;

    public OAuthCredentials(IAccessTokenProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _provider = provider;
    }

    public override async ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AccessToken token = await _provider.GetTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        Set(request, token);
    }

    internal override async ValueTask<bool> RenewAfterUnauthorizedAsync(HttpRequestMessage rejected, CancellationToken cancellationToken)
    {
        string? sent = rejected.Headers.Authorization?.Parameter;
        if (sent is null)
        {
            return false;
        }

        AccessToken renewed;
        if (_provider is CachingTokenProvider caching)
        {
            // A token that needs the user (a new device flow) is not fetched in the middle of a call.
            if (!caching.CanRefresh)
            {
                return false;
            }

            renewed = await caching.RenewRejectedAsync(sent, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            renewed = await _provider.GetTokenAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
        }

        // The same token again would only be rejected again.
        return !string.Equals(renewed.Value, sent, StringComparison.Ordinal);
    }

    public override string ToString() => $"OAuth({_provider.GetType().Name})";

    private static void Set(HttpRequestMessage request, AccessToken token)
    {
        // default(AccessToken) bypasses the checks of its constructor.
        CredentialText.Validate(token.Value, nameof(token));
        CredentialText.Validate(token.TokenType, nameof(token));
        request.Headers.Authorization = new AuthenticationHeaderValue(token.TokenType, token.Value);
    }
}
