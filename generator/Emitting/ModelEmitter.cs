using OpenApiClientGen.Mapping;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>Emits model types: objects with assignment tracking, open enums and unions.</summary>
    internal static class ModelEmitter
    {
        public static string Emit(ClientScope client, EquatableArray<TypeModel> types)
        {
            var w = new SourceWriter().Header();
            w.Open($"namespace {client.Namespace}");
            bool first = true;
            foreach (TypeModel type in types)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                DocComments.Summary(w, type.Description);
                if (type.Deprecated)
                {
                    w.Line("""[global::System.Obsolete("This schema is deprecated by the API.")]""");
                }

                switch (type.Kind)
                {
                    case TypeModelKind.Object:
                        EmitObject(w, type);
                        break;
                    case TypeModelKind.Enum:
                        EmitEnum(w, type);
                        break;
                    default:
                        EmitUnion(w, client, type);
                        break;
                }
            }

            w.Close();
            return w.ToString();
        }

        private static void EmitObject(SourceWriter w, TypeModel type)
        {
            w.Open($"public sealed partial class {type.Name} : {Names.RuntimeJson}JsonModel");
            foreach (PropertyModel property in type.Properties)
            {
                string declared = property.Type.Annotated(property.Nullable);
                string index = property.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                DocComments.Summary(w, property.Description);
                if (property.Deprecated)
                {
                    w.Line("""[global::System.Obsolete("This property is deprecated by the API.")]""");
                }

                string initializer = !property.Nullable && !property.Type.IsValueType ? " = default!" : string.Empty;
                if (type.Tracked)
                {
                    // The setter records the assignment so a request writes exactly what the caller set, nulls included.
                    w.Lines($$"""
                        public {{declared}} {{property.Name}} { get => _{{property.Name}}; set { _{{property.Name}} = value; MarkAssigned({{index}}); } }
                        private {{declared}} _{{property.Name}}{{initializer}};
                        """);
                }
                else
                {
                    // Response-only: deserialization records which members the JSON had (JsonModelMetadata), at no cost here.
                    string terminator = initializer.Length == 0 ? string.Empty : $"{initializer};";
                    w.Line($"public {declared} {property.Name} {{ get; set; }}{terminator}");
                }
            }

            if (type.Properties.Count > 0)
            {
                EmitMemberIndex(w, type);
            }

            w.Close();
        }

        /// <summary>
        /// The C# and JSON name of each member in bit order, for <c>IsAssigned(string)</c>: two lines per model (a
        /// switch would cost the compiler a line per member of every model).
        /// </summary>
        private static void EmitMemberIndex(SourceWriter w, TypeModel type)
        {
            var names = new System.Text.StringBuilder();
            foreach (PropertyModel property in type.Properties)
            {
                names.Append(names.Length == 0 ? string.Empty : ", ")
                    .Append(CSharpNames.Literal(property.Name.TrimStart('@'))).Append(", ").Append(CSharpNames.Literal(property.JsonName));
            }

            w.Line();
            w.Lines($$"""
                private static readonly string[] __MemberNames = { {{names}} };
                /// <inheritdoc/>
                protected override int MemberIndex(string member) => IndexOfMember(__MemberNames, member);
                """);
        }

        private static void EmitEnum(SourceWriter w, TypeModel type)
        {
            string name = type.Name;
            w.Open($"public readonly partial struct {name} : global::System.IEquatable<{name}>, {Names.RuntimeJson}IApiEnum<{name}>");
            w.Lines($$"""
                private readonly string? _value;

                /// <summary>Wraps a raw value; values the API adds later are kept as they are.</summary>
                public {{name}}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));

                /// <summary>The raw value as sent on the wire.</summary>
                public string Value => _value ?? string.Empty;
                """);
            foreach (EnumMemberModel member in type.EnumMembers)
            {
                w.Line();
                w.Lines($$"""
                    /// <summary>{{DocComments.Escape(member.Value)}}</summary>
                    public static {{name}} {{member.Name}} { get; } = new {{name}}({{CSharpNames.Literal(member.Value)}});
                    """);
            }

            w.Line();
            w.Lines($$"""
                public static implicit operator {{name}}(string value) => new {{name}}(value);
                static {{name}} {{Names.RuntimeJson}}IApiEnum<{{name}}>.FromValue(string value) => new {{name}}(value);
                public static bool operator ==({{name}} left, {{name}} right) => left.Equals(right);
                public static bool operator !=({{name}} left, {{name}} right) => !left.Equals(right);
                public bool Equals({{name}} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);
                public override bool Equals(object? obj) => obj is {{name}} other && Equals(other);
                public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);
                public override string ToString() => Value;
                """);
            w.Close();
        }

        private static void EmitUnion(SourceWriter w, ClientScope client, TypeModel type)
        {
            string name = type.Name;
            string context = client.JsonContextDefault;
            w.Open($"public sealed partial class {name} : {Names.RuntimeJson}JsonUnion");
            w.Lines($$"""
                /// <summary>Wraps raw JSON received for this union.</summary>
                public {{name}}(global::System.Text.Json.JsonElement json) : base(json) { }
                """);
            foreach (UnionAlternativeModel alternative in type.Alternatives)
            {
                TypeRef alt = alternative.Type;
                string info = context + alt.JsonName;
                string about = DocComments.Escape(alt.JsonName);
                string tags = Tags(type, alternative);
                w.Line();
                w.Lines($$"""
                    /// <summary>Builds the union from the {{about}} alternative.</summary>
                    public static {{name}} From({{alt.Expression}} value) => new {{name}}(ToJson(value, {{info}}));
                    """);
                if (HasImplicitConversion(Names.Qualified(client.Namespace, name), alt))
                {
                    w.Lines($$"""
                        /// <summary>Builds the union from the {{about}} alternative, as From does, so that such a value can be assigned where the union is expected.</summary>
                        public static implicit operator {{name}}({{alt.Expression}} value) => From(value);
                        """);
                }

                w.Line($"/// <summary>The value as {about}, or null when it is another alternative.</summary>");
                if (alt.IsValueType && alt.Kind != TypeRefKind.Nullable)
                {
                    w.Line($"public global::System.Nullable<{alt.Expression}> {alternative.AccessorName}() => AsValue({info}, {alternative.Kinds}{tags});");
                }
                else
                {
                    w.Line($"public {alt.Annotated(true)} {alternative.AccessorName}() => As({info}, {alternative.Kinds}{tags});");
                }
            }

            w.Close();
        }

        /// <summary>The discriminator and the alternative's tags, when the union has both: they pick the alternative without parsing.</summary>
        private static string Tags(TypeModel union, UnionAlternativeModel alternative)
        {
            if (alternative.Tags.Count == 0 || union.Discriminator is null)
            {
                return string.Empty;
            }

            string tags = string.Join(", ", System.Linq.Enumerable.Select(alternative.Tags, CSharpNames.Literal));
            return $", {CSharpNames.Literal(union.Discriminator)}, new[] {{ {tags} }}";
        }

        /// <summary>
        /// Whether a union converts implicitly from an alternative: C# forbids conversions from interfaces (lists,
        /// maps), from object and from the union itself; a nullable value type would compete with its underlying type.
        /// </summary>
        private static bool HasImplicitConversion(string union, TypeRef alternative)
        {
            switch (alternative.Kind)
            {
                case TypeRefKind.List:
                case TypeRefKind.Map:
                case TypeRefKind.Nullable:
                    return false;
            }

            return alternative.Expression != "object"
                && alternative.Expression != "global::System.Object"
                && alternative.Expression != union;
        }
    }
}
