namespace OpenApiClientGen.Runtime;

/// <summary>What the user needs to approve a device flow sign-in (RFC 8628 §3.2): open <see cref="VerificationUri"/> and enter <see cref="UserCode"/>.</summary>
/// <param name="UserCode">The code the user enters, such as <c>WDJB-MJHT</c>.</param>
/// <param name="VerificationUri">The page where the user enters the code.</param>
/// <param name="VerificationUriComplete">A page that already carries the code (for a QR code), when the server offers one.</param>
/// <param name="ExpiresAt">When the code stops working.</param>
/// <param name="Interval">How long the client waits between polls of the token endpoint.</param>
public sealed record DeviceAuthorization(string UserCode, Uri VerificationUri, Uri? VerificationUriComplete, DateTimeOffset ExpiresAt, TimeSpan Interval);
