using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace OpenApiClientGen.Reading
{
    /// <summary>JSON pointers (RFC 6901) as a description's <c>$ref</c> fragments write them, over a <see cref="JsonNode"/> tree.</summary>
    internal static class JsonPointer
    {
        /// <summary>The unescaped segments of a pointer (<c>/paths/~1pets/get</c> → <c>paths</c>, <c>/pets</c>, <c>get</c>); the fragment may be percent-encoded.</summary>
        public static IReadOnlyList<string> Split(string pointer)
        {
            string trimmed = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
            if (trimmed.Length == 0)
            {
                return Array.Empty<string>();
            }

            return trimmed.Substring(1).Split('/').Select(s => Uri.UnescapeDataString(s).Replace("~1", "/").Replace("~0", "~")).ToArray();
        }

        public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

        public static string Join(IEnumerable<string> segments) => string.Concat(segments.Select(s => "/" + Escape(s)));

        /// <summary>
        /// The node a pointer names. A segment that meets an object holding only a <c>$ref</c> within the same
        /// document follows it, so a pointer written through a reference (or into a part moved elsewhere) still
        /// resolves; <paramref name="resolved"/> is the pointer of the node found, as it now stands.
        /// </summary>
        public static JsonNode? Resolve(JsonNode root, IReadOnlyList<string> segments, out string resolved) =>
            Resolve(root, segments, new HashSet<string>(StringComparer.Ordinal), out resolved);

        private static JsonNode? Resolve(JsonNode root, IReadOnlyList<string> segments, HashSet<string> followed, out string resolved)
        {
            JsonNode? node = root;
            var path = new List<string>(segments.Count);
            for (int i = 0; i < segments.Count && node is not null; i++)
            {
                string segment = segments[i];

                // Each reference is followed once per lookup, so a reference loop ends.
                if (node is JsonObject obj && !obj.ContainsKey(segment) && LocalReference(obj) is { } target && followed.Add(target))
                {
                    return Resolve(root, Split(target).Concat(segments.Skip(i)).ToList(), followed, out resolved);
                }

                node = Child(node, segment);
                path.Add(segment);
            }

            resolved = Join(path);
            return node;
        }

        /// <summary>The object's <c>$ref</c> when it points into the same document.</summary>
        public static string? LocalReference(JsonObject obj) =>
            obj.TryGetPropertyValue("$ref", out JsonNode? value) && value is JsonValue text && text.TryGetValue(out string? reference)
                && reference.StartsWith("#", StringComparison.Ordinal)
                ? reference
                : null;

        private static JsonNode? Child(JsonNode node, string segment)
        {
            if (node is JsonObject obj)
            {
                return obj.TryGetPropertyValue(segment, out JsonNode? child) ? child : null;
            }

            if (node is JsonArray array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < array.Count)
            {
                return array[index];
            }

            return null;
        }
    }
}
