using System.Globalization;
using System.Linq;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>
    /// Emits the client's <c>JsonSerializerContext</c>: metadata for every type the client uses, built with
    /// <c>JsonMetadataServices</c> so no reflection is needed (works under trimming and NativeAOT). The core file
    /// declares the context and sends each requested type to its bucket; each bucket file creates the metadata of its
    /// types when first asked for, so a first call builds (and the runtime loads) only what it touches.
    /// </summary>
    internal static class JsonContextEmitter
    {
        private const string TypeInfo = Names.Metadata + "JsonTypeInfo";

        public static string EmitCore(ClientScope scope, EquatableArray<int> buckets)
        {
            string name = scope.JsonContextName;
            string self = Names.Qualified(scope.Namespace, name);
            var w = new SourceWriter().Header();
            w.Open($"namespace {scope.Namespace}");
            w.Lines($$"""
                /// <summary>System.Text.Json metadata for every type of <see cref="{{scope.ClientName}}"/>, usable with <c>JsonSerializer</c>.</summary>
                public sealed partial class {{name}} : global::System.Text.Json.Serialization.JsonSerializerContext, {{Names.Metadata}}IJsonTypeInfoResolver
                {
                    private static readonly {{Names.JsonOptions}} s_defaultOptions = new {{Names.JsonOptions}}();

                    /// <summary>The shared instance the generated client uses.</summary>
                    public static {{self}} Default { get; } = new {{self}}(new {{Names.JsonOptions}}(s_defaultOptions));

                    /// <summary>Creates a context with default options.</summary>
                    public {{name}}() : base(null) { }

                    /// <summary>Creates a context bound to the given options.</summary>
                    public {{name}}({{Names.JsonOptions}} options) : base(options) { }

                    /// <inheritdoc/>
                    protected override {{Names.JsonOptions}}? GeneratedSerializerOptions => s_defaultOptions;

                    /// <inheritdoc/>
                    public override {{TypeInfo}}? GetTypeInfo({{Names.Type}} type)
                    {
                        Options.TryGetTypeInfo(type, out {{TypeInfo}}? typeInfo);
                        return typeInfo;
                    }

                    // No table of every type: the type's key picks its bucket, and only that bucket's method is run
                    // (and compiled by the JIT), so unused types are never loaded.
                    {{TypeInfo}}? {{Names.Metadata}}IJsonTypeInfoResolver.GetTypeInfo({{Names.Type}} type, {{Names.JsonOptions}} options)
                    {
                        string key = {{Names.RuntimeJson}}JsonTypeKey.Of(type);
                        switch ({{Names.RuntimeJson}}JsonTypeKey.Bucket(key, {{Int(StableBuckets.JsonBuckets)}}))
                        {
                """);
            foreach (int bucket in buckets)
            {
                w.Line($"            case {Int(bucket)}: return {Resolver(bucket)}(key, type, options);");
            }

            w.Lines("""
                            default: return null;
                        }
                    }
                }
                """);
            w.Close();
            return w.ToString();
        }

        public static string EmitBucket(ClientScope scope, int bucket, EquatableArray<JsonTypeEntry> types)
        {
            var w = new SourceWriter().Header();
            w.Open($"namespace {scope.Namespace}");
            w.Open($"public sealed partial class {scope.JsonContextName}");
            w.Open($"private static {TypeInfo}? {Resolver(bucket)}(string key, {Names.Type} type, {Names.JsonOptions} options)");
            w.Open("switch (key)");
            foreach (var sameKey in types.GroupBy(t => t.Key))
            {
                // One method per type, called only for its key: the JIT compiles (and the runtime loads) a type's
                // metadata code when that type is asked for, not when a neighbour in the bucket is.
                string creators = string.Join(" ?? ", sameKey.Select(e => $"{Creator(e.Type)}(type, options)"));
                w.Line($"case {Mapping.CSharpNames.Literal(sameKey.Key)}: return {creators};");
            }

            w.Line("default: return null;");
            w.Close();
            w.Close();
            foreach (JsonTypeEntry entry in types)
            {
                EmitProperty(w, entry.Type);
                EmitCreator(w, entry);
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string Resolver(int bucket) => $"Resolve{bucket.ToString("D2", CultureInfo.InvariantCulture)}";

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static void EmitProperty(SourceWriter w, TypeRef type)
        {
            string info = $"{TypeInfo}<{type.Expression}>";
            w.Line();
            w.Lines($"""
                private {info}? _{type.JsonName};
                /// <summary>Metadata for <c>{DocComments.Escape(type.Expression.Replace("global::", string.Empty))}</c>.</summary>
                public {info} {type.JsonName} => _{type.JsonName} ??= ({info})Options.GetTypeInfo(typeof({type.Expression}));
                """);
        }

        private static string Factory(TypeRef type)
        {
            const string m = Names.RuntimeJson + "JsonModelMetadata.";
            string t = type.Expression;
            switch (type.Kind)
            {
                case TypeRefKind.Enum:
                    return $"{m}Converted(options, new {Names.RuntimeJson}ApiEnumConverter<{t}>())";
                case TypeRefKind.Union:
                    return $"{m}Converted(options, new {Names.RuntimeJson}JsonUnionConverter<{t}>(static json => new {t}(json)))";
                case TypeRefKind.List:
                    return $"{m}ReadOnlyList<{type.Element!.Expression}>(options)";
                case TypeRefKind.Map:
                    return $"{m}Map<{type.Element!.Expression}>(options)";
                case TypeRefKind.Nullable:
                    return $"{m}Nullable<{type.Element!.Expression}>(options)";
                default:
                    // A runtime converter (FilePart) is created; built-in types use System.Text.Json's own converters.
                    return type.Converter!.StartsWith("new ", System.StringComparison.Ordinal)
                        ? $"{m}Converted(options, {type.Converter})"
                        : $"{m}Value<{t}>(options, {Names.Metadata}JsonMetadataServices.{type.Converter})";
            }
        }

        private static string Creator(TypeRef type) => $"__Create_{type.JsonName}";

        /// <summary>The metadata of one type, or null when the requested type only shares its key.</summary>
        private static void EmitCreator(SourceWriter w, JsonTypeEntry entry)
        {
            TypeRef type = entry.Type;
            string t = type.Expression;
            w.Line();
            w.Line($"private static {TypeInfo}? {Creator(type)}({Names.Type} type, {Names.JsonOptions} options)");
            if (entry.Object is not { } shape)
            {
                w.Line($"    => type == typeof({t}) ? {Factory(type)} : null;");
                return;
            }

            // The properties are created when the type is first used, not when a model that has a member of it is.
            string properties = $"__Properties_{type.JsonName}";
            w.Line($"    => type == typeof({t}) ? {Names.RuntimeJson}JsonModelMetadata.Object<{t}>(options, {properties}) : null;");
            w.Line();
            string tracked = shape.Tracked ? "true" : "false";
            w.Lines($$"""
                private static {{Names.Metadata}}JsonPropertyInfo[] {{properties}}({{Names.JsonOptions}} options) => new {{Names.Metadata}}JsonPropertyInfo[]
                {
                """);
            foreach (JsonMemberShape member in shape.Members)
            {
                string jsonName = Mapping.CSharpNames.Literal(member.JsonName);
                string name = Mapping.CSharpNames.Literal(member.Name);
                // No getter and setter lambdas: the runtime binds the property's own accessors, which keeps the
                // compiler's work per property to one call (the lambdas were most of a large client's build time).
                // An open enumeration is read as its raw string (no System.Text.Json code compiled per enumeration).
                string method = member.Kind switch
                {
                    JsonMemberKind.Enum => "EnumProperty",
                    JsonMemberKind.NullableEnum => "NullableEnumProperty",
                    _ => "Property",
                };
                w.Line($"    {Names.RuntimeJson}JsonModelMetadata.{method}<{t}, {member.TypeExpression}>(options, {jsonName}, {name}, {Int(member.Index)}, {tracked}),");
            }

            w.Lines($$"""
                    {{Names.RuntimeJson}}JsonModelMetadata.AdditionalProperties(options, typeof({{t}})),
                };
                """);
        }
    }
}
