namespace OpenApiClientGen.Runtime;

/// <summary>An OAuth 2.0 error response (RFC 6749 §5.2), the error model of an <see cref="OAuthException"/>.</summary>
/// <param name="Code">The error code, such as <c>invalid_client</c>.</param>
/// <param name="Description">The server's human-readable explanation, when it sent one.</param>
/// <param name="Uri">A page about the error, when the server named one.</param>
public sealed record OAuthError(string Code, string? Description, Uri? Uri);
