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

    /// <summary>The clients to generate (one per distinct namespace and name) and the inputs left out for a clash.</summary>
    internal sealed record SpecSelection(EquatableArray<SpecInput> Inputs, EquatableArray<DiagnosticInfo> Conflicts);
}
