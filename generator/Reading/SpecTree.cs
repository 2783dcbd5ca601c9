using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiClientGen.Reading
{
    /// <summary>A JSON or YAML text as a <see cref="JsonNode"/> tree, the form OpenAPI.NET's readers work on.</summary>
    internal static class SpecTree
    {
        /// <summary>The tree, or null when the text is not valid JSON/YAML or its aliases expand too far (the normal read then reports why).</summary>
        public static JsonNode? TryParse(string path, string text)
        {
            try
            {
                return SpecReader.IsYaml(path)
                    ? ParseYaml(text)
                    : JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException)
            {
                return null;
            }
            catch (SharpYaml.YamlException)
            {
                return null;
            }
            catch (OpenApiReaderException)
            {
                // Aliases that expand past OpenAPI.NET's bound; the normal read reports it.
                return null;
            }
        }

        // Kept apart and never inlined so JSON-only use never loads the YAML assemblies.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static JsonNode? ParseYaml(string text)
        {
            var stream = new SharpYaml.Serialization.YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.FirstOrDefault() is { } document ? Microsoft.OpenApi.YamlReader.YamlConverter.ToJsonNode(document) : null;
        }
    }
}
