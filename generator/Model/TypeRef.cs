namespace OpenApiClientGen.Model
{
    /// <summary>What kind of C# type a <see cref="TypeRef"/> names, which decides how its JSON metadata is built.</summary>
    internal enum TypeRefKind
    {
        Primitive,
        Object,
        Enum,
        Union,
        List,
        Map,
        Nullable,
    }

    /// <summary>
    /// A C# type as generated code writes it (<see cref="Expression"/>, <c>global::</c>-qualified, without a
    /// nullable annotation) and the name of its property on the generated JSON context.
    /// </summary>
    internal sealed record TypeRef(string Expression, TypeRefKind Kind, bool IsValueType, string JsonName, TypeRef? Element, string? Converter)
    {
        public string Annotated(bool nullable) => nullable && !IsValueType ? Expression + "?" : nullable ? "global::System.Nullable<" + Expression + ">" : Expression;
    }
}
