namespace OpenApiClientGen.Model
{
    internal enum TypeModelKind
    {
        Object,
        Enum,
        Union,
    }

    /// <summary>
    /// A generated model type: an object, an open enum or a union. <see cref="Tracked"/> objects (those a request
    /// body can reach) remember which members were assigned; response-only objects use plain properties.
    /// </summary>
    internal sealed record TypeModel(
        TypeModelKind Kind,
        string Name,
        string? Description,
        bool Deprecated,
        EquatableArray<PropertyModel> Properties,
        EquatableArray<EnumMemberModel> EnumMembers,
        EquatableArray<UnionAlternativeModel> Alternatives,
        string? Discriminator,
        bool Tracked = false);

    /// <summary>A property of an object model; <see cref="Index"/> is its bit in the assigned-members set.</summary>
    internal sealed record PropertyModel(string JsonName, string Name, TypeRef Type, bool Nullable, bool Required, int Index, string? Description, bool Deprecated);

    /// <summary>A known value of an open enum.</summary>
    internal sealed record EnumMemberModel(string Name, string Value);

    /// <summary>One alternative of a union: its type, accessor name, accepted JSON kinds and discriminator values.</summary>
    internal sealed record UnionAlternativeModel(TypeRef Type, string AccessorName, string Kinds, EquatableArray<string> Tags);
}
