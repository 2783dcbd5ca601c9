namespace OpenApiClientGen.Model
{
    internal enum SecuritySchemeKind
    {
        ApiKey,
        Bearer,
        Basic,
        OAuth2,
    }

    /// <summary>A security scheme the spec declares, offered as a credentials factory on the generated client.</summary>
    internal sealed record SecuritySchemeModel(
        string Name,
        SecuritySchemeKind Kind,
        string? ParameterName,
        string? Location,
        string? Description,
        string? TokenUrl,
        string? DeviceAuthorizationUrl);
}
