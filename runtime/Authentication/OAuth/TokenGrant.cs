namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>What a successful token request returned: the access token and, when the server issued one, a refresh token.</summary>
internal sealed record TokenGrant(AccessToken Token, string? RefreshToken);
