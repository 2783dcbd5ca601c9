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
        OperationSelection? Selection = null)
    {
        /// <summary>The other files the spec references that the build passed as AdditionalFiles items.</summary>
        public EquatableArray<ExternalDocument> References { get; init; } = EquatableArray<ExternalDocument>.Empty;
    }

    /// <summary>Another file a spec references (<c>pet.yaml#/components/schemas/Pet</c>), with its text.</summary>
    internal sealed record ExternalDocument(string Path, string Text);

    /// <summary>The clients to generate (one per distinct namespace and name) and the inputs left out for a clash.</summary>
    internal sealed record SpecSelection(EquatableArray<SpecInput> Inputs, EquatableArray<DiagnosticInfo> Conflicts);
}
