namespace OpenApiClientGen.Model
{
    /// <summary>The client class: its names, default server and one property per operation group.</summary>
    internal sealed record ClientModel(
        string Namespace,
        string Name,
        string OptionsName,
        string JsonContextName,
        string CredentialsName,
        string DefaultServer,
        string? Title,
        string? Description,
        EquatableArray<GroupReference> Groups,
        EquatableArray<SecuritySchemeModel> SecuritySchemes,
        string ConnectionCheckPath,
        string? AuthenticatedCheckPath,
        EquatableArray<string> OperationServers = default);

    /// <summary>How the client exposes an operation group.</summary>
    internal sealed record GroupReference(string PropertyName, string ClassName, string? Description);

    /// <summary>The operations that share a tag.</summary>
    internal sealed record OperationGroupModel(string ClassName, string? Description, EquatableArray<OperationModel> Operations);

    /// <summary>Everything generated for one spec, plus what went wrong reading it.</summary>
    internal sealed record ApiModel(
        string SpecPath,
        ClientModel? Client,
        EquatableArray<OperationGroupModel> Groups,
        EquatableArray<TypeModel> Types,
        EquatableArray<TypeRef> JsonTypes,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
