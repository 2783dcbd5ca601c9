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
            w.Open("namespace " + client.Namespace);
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
                    w.Line("[global::System.Obsolete(\"This schema is deprecated by the API.\")]");
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
            w.Open("public sealed partial class " + type.Name + " : " + Names.RuntimeJson + "JsonModel");
            foreach (PropertyModel property in type.Properties)
            {
                string declared = property.Type.Annotated(property.Nullable);
                string index = property.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                DocComments.Summary(w, property.Description);
                if (property.Deprecated)
                {
                    w.Line("[global::System.Obsolete(\"This property is deprecated by the API.\")]");
                }

                bool needsInit = !property.Nullable && !property.Type.IsValueType;
                if (type.Tracked)
                {
                    // The setter records the assignment so a request writes exactly what the caller set, nulls included.
                    w.Line("public " + declared + " " + property.Name + " { get => _" + property.Name + "; set { _" + property.Name + " = value; MarkAssigned(" + index + "); } }");
                    w.Line("private " + declared + " _" + property.Name + (needsInit ? " = default!;" : ";"));
                }
                else
                {
                    // Response-only: deserialization records which members the JSON had (JsonModelMetadata), at no cost here.
                    w.Line("public " + declared + " " + property.Name + " { get; set; }" + (needsInit ? " = default!;" : string.Empty));
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
            w.Line("private static readonly string[] __MemberNames = { " + names + " };");
            w.Line("/// <inheritdoc/>");
            w.Line("protected override int MemberIndex(string member) => IndexOfMember(__MemberNames, member);");
        }

        private static void EmitEnum(SourceWriter w, TypeModel type)
        {
            string name = type.Name;
            w.Open("public readonly partial struct " + name + " : global::System.IEquatable<" + name + ">, " + Names.RuntimeJson + "IApiEnum");
            w.Line("private readonly string? _value;");
            w.Line();
            w.Line("/// <summary>Wraps a raw value; values the API adds later are kept as they are.</summary>");
            w.Line("public " + name + "(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            w.Line();
            w.Line("/// <summary>The raw value as sent on the wire.</summary>");
            w.Line("public string Value => _value ?? string.Empty;");
            foreach (EnumMemberModel member in type.EnumMembers)
            {
                w.Line();
                w.Line("/// <summary>" + DocComments.Escape(member.Value) + "</summary>");
                w.Line("public static " + name + " " + member.Name + " { get; } = new " + name + "(" + CSharpNames.Literal(member.Value) + ");");
            }

            w.Line();
            w.Line("public static implicit operator " + name + "(string value) => new " + name + "(value);");
            w.Line("public static bool operator ==(" + name + " left, " + name + " right) => left.Equals(right);");
            w.Line("public static bool operator !=(" + name + " left, " + name + " right) => !left.Equals(right);");
            w.Line("public bool Equals(" + name + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
            w.Line("public override bool Equals(object? obj) => obj is " + name + " other && Equals(other);");
            w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
            w.Line("public override string ToString() => Value;");
            w.Close();
        }

        private static void EmitUnion(SourceWriter w, ClientScope client, TypeModel type)
        {
            string name = type.Name;
            string context = client.JsonContextDefault;
            w.Open("public sealed partial class " + name + " : " + Names.RuntimeJson + "JsonUnion");
            w.Line("/// <summary>Wraps raw JSON received for this union.</summary>");
            w.Line("public " + name + "(global::System.Text.Json.JsonElement json) : base(json) { }");
            foreach (UnionAlternativeModel alternative in type.Alternatives)
            {
                TypeRef alt = alternative.Type;
                string tags = alternative.Tags.Count == 0 || type.Discriminator is null
                    ? string.Empty
                    : ", " + CSharpNames.Literal(type.Discriminator) + ", new[] { " + string.Join(", ", System.Linq.Enumerable.Select(alternative.Tags, CSharpNames.Literal)) + " }";
                w.Line();
                w.Line("/// <summary>Builds the union from the " + DocComments.Escape(alt.JsonName) + " alternative.</summary>");
                w.Line("public static " + name + " From(" + alt.Expression + " value) => new " + name + "(ToJson(value, " + context + alt.JsonName + "));");
                if (HasImplicitConversion(Names.Qualified(client.Namespace, name), alt))
                {
                    w.Line("/// <summary>Builds the union from the " + DocComments.Escape(alt.JsonName) + " alternative, as From does, so that such a value can be assigned where the union is expected.</summary>");
                    w.Line("public static implicit operator " + name + "(" + alt.Expression + " value) => From(value);");
                }

                w.Line("/// <summary>The value as " + DocComments.Escape(alt.JsonName) + ", or null when it is another alternative.</summary>");
                if (alt.IsValueType && alt.Kind != TypeRefKind.Nullable)
                {
                    w.Line("public global::System.Nullable<" + alt.Expression + "> " + alternative.AccessorName + "() => AsValue(" + context + alt.JsonName + ", " + alternative.Kinds + tags + ");");
                }
                else
                {
                    w.Line("public " + alt.Annotated(true) + " " + alternative.AccessorName + "() => As(" + context + alt.JsonName + ", " + alternative.Kinds + tags + ");");
                }
            }

            w.Close();
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
