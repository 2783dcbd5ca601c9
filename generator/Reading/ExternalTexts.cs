using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenApiClientGen.Model;

namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// The other files a spec references, as the build passed them (AdditionalFiles items): the generator never
    /// reads a file itself. Each is parsed once, when a reference first needs it.
    /// </summary>
    internal sealed class ExternalTexts
    {
        private readonly EquatableArray<ExternalDocument> _documents;
        private readonly Dictionary<string, JsonNode?> _parsed = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

        public ExternalTexts(EquatableArray<ExternalDocument> documents) => _documents = documents;

        /// <summary>The path a reference names, relative to the file it is written in (string work only, no disk access).</summary>
        public static string Combine(string fromFile, string relative)
        {
            string directory = Path.GetDirectoryName(fromFile) ?? string.Empty;
            try
            {
                return Path.GetFullPath(Path.Combine(directory, relative));
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return Path.Combine(directory, relative);
            }
        }

        /// <summary>Finds a path among <paramref name="paths"/>: exactly, else ignoring case (Windows and macOS file systems).</summary>
        public static string? Find(IEnumerable<string> paths, string path)
        {
            var candidates = paths.ToList();
            return candidates.FirstOrDefault(p => string.Equals(p, path, StringComparison.Ordinal))
                ?? candidates.FirstOrDefault(p => string.Equals(p, path, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The parsed file, or null when it is not one of the texts or not valid JSON/YAML.</summary>
        public JsonNode? Root(string path)
        {
            if (_parsed.TryGetValue(path, out JsonNode? known))
            {
                return known;
            }

            string? found = Find(_documents.Select(d => d.Path), path);
            ExternalDocument? document = found is null ? null : _documents.First(d => d.Path == found);
            JsonNode? root = document is null ? null : SpecTree.TryParse(document.Path, document.Text);
            _parsed[path] = root;
            return root;
        }
    }
}
