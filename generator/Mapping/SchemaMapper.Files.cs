using Microsoft.OpenApi;

namespace OpenApiClientGen.Mapping
{
    internal sealed partial class SchemaMapper
    {
        /// <summary>
        /// Whether a string schema stands for raw bytes (a file in a multipart body): <c>format: binary</c> (OpenAPI 3.0,
        /// and Swagger 2.0's <c>type: file</c> as OpenAPI.NET converts it) or an OpenAPI 3.1 <c>contentMediaType</c>
        /// without a <c>contentEncoding</c> (with one, the bytes travel as encoded text).
        /// </summary>
        private static bool IsFile(IOpenApiSchema schema) =>
            schema.Format == "binary"
            || (schema is IOpenApiSchemaMissingProperties { ContentMediaType: { Length: > 0 }, ContentEncoding: null or "" });
    }
}
