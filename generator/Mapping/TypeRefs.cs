using OpenApiClientGen.Model;

namespace OpenApiClientGen.Mapping
{
    /// <summary>The built-in types a schema can map to, with the System.Text.Json converter for each.</summary>
    internal static class TypeRefs
    {
        public static readonly TypeRef String = Primitive("string", false, "String");
        public static readonly TypeRef Int64 = Primitive("long", true, "Int64");
        public static readonly TypeRef Int32 = Primitive("int", true, "Int32");
        public static readonly TypeRef Double = Primitive("double", true, "Double");
        public static readonly TypeRef Decimal = Primitive("decimal", true, "Decimal");
        public static readonly TypeRef Boolean = Primitive("bool", true, "Boolean");
        public static readonly TypeRef DateTimeOffset = Primitive("global::System.DateTimeOffset", true, "DateTimeOffset");
        public static readonly TypeRef DateOnly = Primitive("global::System.DateOnly", true, "DateOnly");
        public static readonly TypeRef Guid = Primitive("global::System.Guid", true, "Guid");
        public static readonly TypeRef Bytes = new TypeRef("byte[]", TypeRefKind.Primitive, false, "ByteArray", null, "ByteArrayConverter");
        public static readonly TypeRef JsonElement = Primitive("global::System.Text.Json.JsonElement", true, "JsonElement");

        /// <summary>A binary member of a multipart body; its JSON metadata comes from the runtime's converter.</summary>
        public static readonly TypeRef FilePart = new TypeRef("global::OpenApiClientGen.Runtime.FilePart", TypeRefKind.Primitive, false, "FilePart", null, "new global::OpenApiClientGen.Runtime.Json.FilePartJsonConverter()");

        /// <summary>Names the JSON context uses for built-in types; no model may take them.</summary>
        public static readonly string[] ReservedNames =
        {
            "String", "Int64", "Int32", "Double", "Decimal", "Boolean", "DateTimeOffset", "DateOnly", "Guid", "ByteArray", "JsonElement", "FilePart",
        };

        public static bool IsJsonElement(TypeRef type) => ReferenceEquals(type, JsonElement) || type.Expression == JsonElement.Expression;

        private static TypeRef Primitive(string expression, bool isValueType, string name) =>
            new TypeRef(expression, TypeRefKind.Primitive, isValueType, name, null, name + "Converter");
    }
}
