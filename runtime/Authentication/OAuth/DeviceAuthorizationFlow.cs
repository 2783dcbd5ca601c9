using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// Tokens from the OAuth 2.0 device authorization grant (RFC 8628), as command-line tools sign in to GitHub: the
/// user code is handed to a callback to show, then the token endpoint is polled until the user approved
/// (<c>authorization_pending</c> keeps polling, <c>slow_down</c> adds 5 seconds to the interval,
/// <c>expired_token</c> and <c>access_denied</c> end the flow with an <see cref="OAuthException"/>). A refresh token,
/// when the server issues one, renews the token later without the user.
/// </summary>
/// <remarks>
/// Call <see cref="CachingTokenProvider.GetTokenAsync"/> once before using the provider with a client: the first call
/// waits for the user, which a client's request timeout would cut short.
/// </remarks>
public sealed class DeviceAuthorizationFlow : CachingTokenProvider
{
    private const string DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan SlowDownStep = TimeSpan.FromSeconds(5);

    private readonly TokenEndpointClient _endpoint;
    private readonly Action<DeviceAuthorization> _showUserCode;
    private readonly string? _scope;
    private volatile string? _refreshToken;

    /// <summary>
    /// Creates the flow; <paramref name="showUserCode"/> tells the user where to enter which code, <paramref name="scope"/>
    /// is the space-separated scope to request.
    /// </summary>
    /// <exception cref="ArgumentException">The endpoints have no device authorization endpoint.</exception>
    public DeviceAuthorizationFlow(OAuthClientOptions client, Action<DeviceAuthorization> showUserCode, string? scope = null, TimeProvider? timeProvider = null)
        : base(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(showUserCode);
        if (client.Endpoints.DeviceAuthorizationEndpoint is null)
        {
            throw new ArgumentException("The endpoints have no device authorization endpoint.", nameof(client));
        }

        if (scope is not null)
        {
            CredentialText.Validate(scope, nameof(scope), allowEmpty: true);
        }

        _endpoint = new TokenEndpointClient(client, TimeProvider);
        _showUserCode = showUserCode;
        _scope = scope;
        Delay = (delay, cancellationToken) => Task.Delay(delay, TimeProvider, cancellationToken);
    }

    /// <summary>Waits between polls; replaceable so that tests (or a UI with its own timer) need not wait in real time.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; set; }

    /// <summary>The refresh token the server issued with the last token, if any.</summary>
    public string? RefreshToken => _refreshToken;

    /// <summary>True once the server issued a refresh token; before that a new token needs the user again.</summary>
    public override bool CanRefresh => _refreshToken is not null;

    /// <inheritdoc />
    protected override async Task<AccessToken> FetchTokenAsync(CancellationToken cancellationToken)
    {
        if (_refreshToken is { } refreshToken)
        {
            try
            {
                return Keep(await _endpoint.RefreshAsync(refreshToken, null, cancellationToken).ConfigureAwait(false));
            }
            catch (OAuthException e) when (e.ErrorCode == "invalid_grant")
            {
                // The refresh token expired or was revoked: only the user can sign in again.
                _refreshToken = null;
            }
        }

        return await SignInAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"DeviceAuthorizationFlow({_endpoint.Options.ClientId})";

    private async Task<AccessToken> SignInAsync(CancellationToken cancellationToken)
    {
        Uri deviceEndpoint = _endpoint.Options.Endpoints.DeviceAuthorizationEndpoint!;
        var request = new List<KeyValuePair<string, string>>();
        TokenEndpointClient.AddScope(request, _scope);
        DateTimeOffset requested = TimeProvider.GetUtcNow();
        OAuthResponse answer = await _endpoint.PostAsync(deviceEndpoint, request, cancellationToken).ConfigureAwait(false);

        string deviceCode = answer["device_code"] ?? throw TokenEndpointClient.Malformed(deviceEndpoint, "device_code is missing");
        string userCode = answer["user_code"] ?? throw TokenEndpointClient.Malformed(deviceEndpoint, "user_code is missing");
        if (CredentialText.HasControlCharacter(userCode) || CredentialText.HasControlCharacter(deviceCode))
        {
            // The code is shown on a terminal, where control characters could rewrite what the user sees.
            throw TokenEndpointClient.Malformed(deviceEndpoint, "device_code or user_code contains control characters");
        }

        // Some servers (Google) name the member verification_url.
        Uri verification = AbsoluteUri(answer["verification_uri"] ?? answer["verification_url"])
            ?? throw TokenEndpointClient.Malformed(deviceEndpoint, "verification_uri is missing or not an absolute http(s) URI");
        TimeSpan lifetime = answer.Seconds("expires_in") ?? throw TokenEndpointClient.Malformed(deviceEndpoint, "expires_in is missing");
        TimeSpan interval = answer.Seconds("interval") ?? DefaultInterval;
        DateTimeOffset expires = requested + lifetime;
        _showUserCode(new DeviceAuthorization(userCode, verification, AbsoluteUri(answer["verification_uri_complete"]), expires, interval));

        var poll = new List<KeyValuePair<string, string>>
        {
            new("grant_type", DeviceCodeGrant),
            new("device_code", deviceCode),
        };
        while (true)
        {
            await Delay(interval, cancellationToken).ConfigureAwait(false);
            if (TimeProvider.GetUtcNow() >= expires)
            {
                throw new OAuthException(
                    "expired_token", "The device code expired before the user approved the sign-in.", null, "POST", _endpoint.Options.Endpoints.TokenEndpoint, null, null, null, null);
            }

            try
            {
                return Keep(await _endpoint.RequestTokenAsync(poll, cancellationToken).ConfigureAwait(false));
            }
            catch (OAuthException e) when (e.ErrorCode == "authorization_pending")
            {
                // The user has not approved yet.
            }
            catch (OAuthException e) when (e.ErrorCode == "slow_down")
            {
                interval += SlowDownStep;
            }
        }
    }

    private AccessToken Keep(TokenGrant grant)
    {
        if (grant.RefreshToken is { } refreshToken)
        {
            _refreshToken = refreshToken;
        }

        return grant.Token;
    }

    private static Uri? AbsoluteUri(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;
}
