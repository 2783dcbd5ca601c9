using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiClientGen.Diagnostics;

namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// OpenAPI.NET throws while parsing a <c>$ref</c> that names a component with an empty or blank name
    /// (<c>#/components/schemas/</c>), losing the whole document. Such a reference can never resolve, so it is
    /// reported where it is and dropped (the value becomes a free-form schema: <c>JsonElement</c>) before parsing again.
    /// Runs only after a failed parse.
    /// </summary>
    internal static class EmptyReferences
    {
        /// <summary>The JSON text without its empty references, or null when it has none (or is not JSON).</summary>
        public static string? Strip(string text, List<SpecProblem> problems)
        {
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException)
            {
                return null;
            }

            return Strip(root, problems) ? root!.ToJsonString() : null;
        }

        /// <summary>Drops the empty references of a parsed spec; false when it has none.</summary>
        public static bool Strip(JsonNode? root, List<SpecProblem> problems)
        {
            var found = new List<SpecProblem>();
            Visit(root, string.Empty, found);
            problems.AddRange(found);
            return found.Count > 0;
        }

        private static void Visit(JsonNode? node, string pointer, List<SpecProblem> found)
        {
            if (node is JsonObject obj)
            {
                if (obj["$ref"] is JsonValue value && value.TryGetValue(out string? reference) && IsEmpty(reference))
                {
                    found.Add(SpecProblem.AtPointer(DiagnosticDescriptors.UnresolvedReference.Id, pointer + "/$ref", reference));
                    obj.Remove("$ref");
                }

                foreach (var property in obj.ToList())
                {
                    Visit(property.Value, pointer + "/" + property.Key.Replace("~", "~0").Replace("/", "~1"), found);
                }
            }
            else if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    Visit(array[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), found);
                }
            }
        }

        /// <summary>A local reference to a component whose name is empty or blank: <c>#/components/schemas/</c>.</summary>
        private static bool IsEmpty(string reference)
        {
            string[] segments = reference.Split('/');
            return segments.Length == 4 && segments[0] == "#" && segments[1] == "components" && string.IsNullOrWhiteSpace(Uri.UnescapeDataString(segments[3]));
        }
    }
}
