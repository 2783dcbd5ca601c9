namespace OpenApiClientGen.Model
{
    /// <summary>What the user asked for: a spec file, its text and the names to generate under.</summary>
    internal sealed record SpecInput(
        string Path,
        string Text,
        string ClientName,
        string Namespace,
        string? ConnectionCheckPath = null,
        string? AuthenticatedCheckPath = null,
        string? Tags = null);
}
