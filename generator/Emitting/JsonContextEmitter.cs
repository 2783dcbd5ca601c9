using System.Globalization;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>
    /// Emits the client's <c>JsonSerializerContext</c>: metadata for every type the client uses, built with
    /// <c>JsonMetadataServices</c> so no reflection is needed (works under trimming and NativeAOT). The core file
    /// declares the context; each chunk file registers the factories of a slice of types.
    /// </summary>
    internal static class JsonContextEmitter
    {
        public static string EmitCore(ClientModel client, int chunkCount)
        {
            string name = client.JsonContextName;
            string self = Names.Qualified(client.Namespace, name);
            var w = new SourceWriter().Header();
            w.Open("namespace " + client.Namespace);
            w.Line("/// <summary>System.Text.Json metadata for every type of <see cref=\"" + client.Name + "\"/>, usable with <c>JsonSerializer</c>.</summary>");
            w.Open("public sealed partial class " + name + " : global::System.Text.Json.Serialization.JsonSerializerContext, " + Names.Metadata + "IJsonTypeInfoResolver");
            w.Line("private static readonly " + Names.JsonOptions + " s_defaultOptions = new " + Names.JsonOptions + "();");
            w.Line("private static readonly " + Names.TypeIndex + " s_index = CreateIndex();");
            w.Line();
            w.Line("/// <summary>The shared instance the generated client uses.</summary>");
            w.Line("public static " + self + " Default { get; } = new " + self + "(new " + Names.JsonOptions + "(s_defaultOptions));");
            w.Line();
            w.Line("/// <summary>Creates a context with default options.</summary>");
            w.Line("public " + name + "() : base(null) { }");
            w.Line();
            w.Line("/// <summary>Creates a context bound to the given options.</summary>");
            w.Line("public " + name + "(" + Names.JsonOptions + " options) : base(options) { }");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("protected override " + Names.JsonOptions + "? GeneratedSerializerOptions => s_defaultOptions;");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Open("public override " + Names.Metadata + "JsonTypeInfo? GetTypeInfo(" + Names.Type + " type)");
            w.Line("Options.TryGetTypeInfo(type, out " + Names.Metadata + "JsonTypeInfo? typeInfo);");
            w.Line("return typeInfo;");
            w.Close();
            w.Line();
            // Types are numbered; each chunk file creates the metadata of one range of numbers with a switch, so
            // no lambda per type is needed (every lambda is a method the consumer's compiler has to build).
            w.Open(Names.Metadata + "JsonTypeInfo? " + Names.Metadata + "IJsonTypeInfoResolver.GetTypeInfo(" + Names.Type + " type, " + Names.JsonOptions + " options)");
            w.Open("if (!s_index.TryGetValue(type, out int index))");
            w.Line("return null;");
            w.Close();
            w.Line();
            w.Open("switch (index / " + Slicer.JsonTypesPerFile.ToString(CultureInfo.InvariantCulture) + ")");
            for (int i = 0; i < chunkCount; i++)
            {
                string n = i.ToString(CultureInfo.InvariantCulture);
                w.Line("case " + n + ": return Create" + n + "(index, options);");
            }

            w.Line("default: return null;");
            w.Close();
            w.Close();
            w.Line();
            w.Open("private static " + Names.TypeIndex + " CreateIndex()");
            w.Line("var index = new " + Names.TypeIndex + "();");
            for (int i = 0; i < chunkCount; i++)
            {
                w.Line("Index" + i.ToString(CultureInfo.InvariantCulture) + "(index);");
            }

            w.Line("return index;");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        public static string EmitChunk(ClientModel client, int chunk, EquatableArray<TypeRef> types, EquatableArray<TypeModel> models)
        {
            var objects = new System.Collections.Generic.Dictionary<string, TypeModel>();
            foreach (TypeModel model in models)
            {
                objects[model.Name] = model;
            }

            string n = chunk.ToString(CultureInfo.InvariantCulture);
            int first = chunk * Slicer.JsonTypesPerFile;
            var w = new SourceWriter().Header();
            w.Open("namespace " + client.Namespace);
            w.Open("public sealed partial class " + client.JsonContextName);
            w.Open("private static void Index" + n + "(" + Names.TypeIndex + " index)");
            for (int i = 0; i < types.Count; i++)
            {
                w.Line("index[typeof(" + types[i].Expression + ")] = " + (first + i).ToString(CultureInfo.InvariantCulture) + ";");
            }

            w.Close();
            w.Line();
            w.Open("private static " + Names.Metadata + "JsonTypeInfo? Create" + n + "(int index, " + Names.JsonOptions + " options)");
            w.Open("switch (index)");
            for (int i = 0; i < types.Count; i++)
            {
                w.Line("case " + (first + i).ToString(CultureInfo.InvariantCulture) + ": return " + Factory(types[i]) + ";");
            }

            w.Line("default: return null;");
            w.Close();
            w.Close();
            foreach (TypeRef type in types)
            {
                string info = Names.Metadata + "JsonTypeInfo<" + type.Expression + ">";
                w.Line();
                w.Line("private " + info + "? _" + type.JsonName + ";");
                w.Line("/// <summary>Metadata for <c>" + DocComments.Escape(type.Expression.Replace("global::", string.Empty)) + "</c>.</summary>");
                w.Line("public " + info + " " + type.JsonName + " => _" + type.JsonName + " ??= (" + info + ")Options.GetTypeInfo(typeof(" + type.Expression + "));");
                if (type.Kind == TypeRefKind.Object && objects.TryGetValue(type.JsonName, out TypeModel? model))
                {
                    EmitObjectMetadata(w, type, model);
                }
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string Factory(TypeRef type)
        {
            string m = Names.RuntimeJson + "JsonModelMetadata.";
            switch (type.Kind)
            {
                case TypeRefKind.Object:
                    return "__Create_" + type.JsonName + "(options)";
                case TypeRefKind.Enum:
                    return m + "Converted(options, new " + Names.RuntimeJson + "ApiEnumConverter<" + type.Expression + ">(static value => new " + type.Expression + "(value)))";
                case TypeRefKind.Union:
                    return m + "Converted(options, new " + Names.RuntimeJson + "JsonUnionConverter<" + type.Expression + ">(static json => new " + type.Expression + "(json)))";
                case TypeRefKind.List:
                    return m + "ReadOnlyList<" + type.Element!.Expression + ">(options)";
                case TypeRefKind.Map:
                    return m + "Map<" + type.Element!.Expression + ">(options)";
                case TypeRefKind.Nullable:
                    return m + "Nullable<" + type.Element!.Expression + ">(options)";
                default:
                    // A runtime converter (FilePart) is created; built-in types use System.Text.Json's own converters.
                    return type.Converter!.StartsWith("new ", System.StringComparison.Ordinal)
                        ? m + "Converted(options, " + type.Converter + ")"
                        : m + "Value<" + type.Expression + ">(options, " + Names.Metadata + "JsonMetadataServices." + type.Converter + ")";
            }
        }

        private static void EmitObjectMetadata(SourceWriter w, TypeRef type, TypeModel model)
        {
            string t = type.Expression;
            string tracked = model.Tracked ? "true" : "false";
            w.Line();
            w.Line("private static " + Names.Metadata + "JsonTypeInfo<" + t + "> __Create_" + type.JsonName + "(" + Names.JsonOptions + " options) => "
                + Names.RuntimeJson + "JsonModelMetadata.Object<" + t + ">(options, new " + Names.Metadata + "JsonPropertyInfo[]");
            w.Line("{");
            foreach (PropertyModel property in model.Properties)
            {
                w.Line("    " + Names.RuntimeJson + "JsonModelMetadata.Property<" + property.Type.Expression + ">(options, typeof(" + t + "), " + Mapping.CSharpNames.Literal(property.JsonName) + ", "
                    + Mapping.CSharpNames.Literal(property.Name) + ", " + property.Index.ToString(CultureInfo.InvariantCulture) + ", " + tracked
                    + ", static m => ((" + t + ")m)." + property.Name + ", static (m, v) => ((" + t + ")m)." + property.Name + " = v!),");
            }

            w.Line("    " + Names.RuntimeJson + "JsonModelMetadata.AdditionalProperties(options, typeof(" + t + ")),");
            w.Line("});");
        }
    }
}
