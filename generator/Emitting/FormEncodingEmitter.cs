using System.Linq;
using OpenApiClientGen.Mapping;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Emitting
{
    /// <summary>
    /// Emits the encoding a form or multipart body declares per member as a static field beside its method, built once
    /// and reused by every call.
    /// </summary>
    internal static class FormEncodingEmitter
    {
        public static string FieldName(string methodName) => "__" + methodName + "Encoding";

        public static void EmitField(SourceWriter w, string methodName, EquatableArray<BodyEncodingModel> encoding)
        {
            string members = string.Concat(encoding.Select(e => ".Member(" + CSharpNames.Literal(e.Name)
                + ", global::OpenApiClientGen.Runtime.FormStyle." + e.Style
                + ", explode: " + (e.Explode ? "true" : "false")
                + (e.ContentType is null ? string.Empty : ", contentType: " + CSharpNames.Literal(e.ContentType)) + ")"));
            w.Line("private static readonly global::OpenApiClientGen.Runtime.FormEncoding " + FieldName(methodName) + " = new global::OpenApiClientGen.Runtime.FormEncoding()" + members + ";");
            w.Line();
        }
    }
}
