using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using OpenApiClientGen.Mapping;

namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// Names a part moved into <c>components</c> after the last meaningful segments of where it was:
    /// <c>#/components/schemas/CreateCompletionRequest/properties/user</c> → <c>CreateCompletionRequestUser</c>,
    /// <c>#/paths/~1v2~1droplets/get/responses/401</c> → <c>ListDropletsResponse401</c> (the operationId, not the path).
    /// Structural keywords (<c>properties</c>, <c>content</c>, media types, <c>schema</c>) add nothing.
    /// </summary>
    internal static class HoistedNames
    {
        private const int MaxWords = 4;

        /// <param name="root">The document the segments walk, to read operationIds and parameter names.</param>
        /// <param name="file">For a part of another file: that file, whose name names a whole-file reference.</param>
        public static string For(JsonNode root, IReadOnlyList<string> segments, string? file, JsonNode? target)
        {
            if (target is JsonObject obj && obj["title"] is JsonValue title && title.TryGetValue(out string? text) && CSharpNames.Pascal(text).Length > 0)
            {
                return CSharpNames.Pascal(text);
            }

            var words = new List<string>();

            for (int i = 0; i < segments.Count; i++)
            {
                string segment = segments[i];
                string? next = i + 1 < segments.Count ? segments[i + 1] : null;
                switch (segment)
                {
                    case "components" when i == 0 && next is not null:
                    case "paths" when i == 0:
                    case "webhooks" when i == 0:
                    case "content" when next is not null:
                    case "properties" when next is not null:
                    case "definitions" when next is not null:
                    case "$defs" when next is not null:
                    case "headers" when next is not null:
                        // The next segment is a name; "content"'s is a media type, which says nothing.
                        i += segment == "components" || segment == "content" ? 1 : 0;
                        if (segment == "paths" || segment == "webhooks")
                        {
                            i += Operation(root, segments, i, words);
                        }

                        continue;
                    case "schema":
                        continue;
                    case "requestBody":
                        words.Add("Request");
                        continue;
                    case "responses" when next is not null:
                        words.Add("Response" + (next == "default" ? "Default" : next));
                        i++;
                        continue;
                    case "parameters" when next is not null:
                        words.Add(ParameterName(root, segments.Take(i + 2).ToList()) ?? "Parameter" + next);
                        i++;
                        continue;
                    case "items":
                        words.Add("Item");
                        continue;
                    case "additionalProperties":
                        words.Add("Value");
                        continue;
                    case "allOf" when next is not null:
                    case "oneOf" when next is not null:
                    case "anyOf" when next is not null:
                        words.Add("Part" + (int.Parse(next, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
                        i++;
                        continue;
                    default:
                        words.Add(segment);
                        continue;
                }
            }

            if (words.Count == 0 && file is not null)
            {
                // A whole file (./pet.json): named after the file.
                words.Add(System.IO.Path.GetFileNameWithoutExtension(file));
            }

            string name = string.Concat(words.Skip(System.Math.Max(0, words.Count - MaxWords)).Select(CSharpNames.Pascal));
            return name.Length == 0 ? "Part" : name;
        }

        /// <summary>Adds the operation's name for <c>paths/{path}/{method}</c> (its operationId, else method and path); returns the segments used.</summary>
        private static int Operation(JsonNode root, IReadOnlyList<string> segments, int pathsAt, List<string> words)
        {
            if (pathsAt + 2 >= segments.Count)
            {
                if (pathsAt + 1 < segments.Count)
                {
                    words.Add(segments[pathsAt + 1]);
                }

                return segments.Count - pathsAt - 1;
            }

            var operation = JsonPointer.Resolve(root, segments.Take(pathsAt + 3).ToList(), out _) as JsonObject;
            if (operation?["operationId"] is JsonValue id && id.TryGetValue(out string? operationId) && CSharpNames.Pascal(operationId).Length > 0)
            {
                words.Add(operationId);
            }
            else
            {
                words.Add(segments[pathsAt + 2] + " " + segments[pathsAt + 1]);
            }

            return 2;
        }

        private static string? ParameterName(JsonNode root, IReadOnlyList<string> segments) =>
            JsonPointer.Resolve(root, segments, out _) is JsonObject parameter && parameter["name"] is JsonValue name && name.TryGetValue(out string? text) && CSharpNames.Pascal(text).Length > 0
                ? text
                : null;
    }
}
