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
        public static string FieldName(string methodName) => $"__{methodName}Encoding";

        public static void EmitField(SourceWriter w, string methodName, EquatableArray<BodyEncodingModel> encoding)
        {
            const string formEncoding = "global::OpenApiClientGen.Runtime.FormEncoding";
            string members = string.Concat(encoding.Select(Member));
            w.Line($"private static readonly {formEncoding} {FieldName(methodName)} = new {formEncoding}(){members};");
            w.Line();
        }

        private static string Member(BodyEncodingModel member)
        {
            string explode = member.Explode ? "true" : "false";
            string contentType = member.ContentType is null ? string.Empty : $", contentType: {CSharpNames.Literal(member.ContentType)}";
            return $".Member({CSharpNames.Literal(member.Name)}, global::OpenApiClientGen.Runtime.FormStyle.{member.Style}, explode: {explode}{contentType})";
        }
    }
}
