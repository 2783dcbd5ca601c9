using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using SharpYaml;
using SharpYaml.Serialization;

namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// Finds where JSON pointers (RFC 6901) point in a YAML text: what <see cref="JsonPointerLocator"/> does for JSON.
    /// The text is parsed again with positions kept (the tree OpenAPI.NET reads has none); it runs only when there is
    /// something to report.
    /// </summary>
    internal static class YamlPointerLocator
    {
        /// <summary>Maps each pointer it finds to (char offset, line, column), all zero-based: a member at its key, an item at its start.</summary>
        // Never inlined, so JSON-only use never loads the YAML assemblies.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static Dictionary<string, (int Offset, int Line, int Column)> Locate(string text, IEnumerable<string> pointers, CancellationToken cancellationToken)
        {
            var result = new Dictionary<string, (int, int, int)>(System.StringComparer.Ordinal);
            YamlNode? root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                root = stream.Documents.FirstOrDefault()?.RootNode;
            }
            catch (YamlException)
            {
                return result;
            }

            foreach (string pointer in pointers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (root is not null && Find(root, JsonPointer.Split(pointer)) is Mark mark)
                {
                    result[pointer] = Position(mark);
                }
            }

            return result;
        }

        private static Mark? Find(YamlNode root, IReadOnlyList<string> segments)
        {
            YamlNode node = root;
            Mark at = root.Start;
            foreach (string segment in segments)
            {
                switch (node)
                {
                    case YamlMappingNode mapping:
                        KeyValuePair<YamlNode, YamlNode> member = mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode key && key.Value == segment);
                        if (member.Key is null)
                        {
                            return null;
                        }

                        at = member.Key.Start;
                        node = member.Value;
                        break;
                    case YamlSequenceNode sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < sequence.Children.Count:
                        node = sequence.Children[index];
                        at = node.Start;
                        break;
                    default:
                        return null;
                }
            }

            return at;
        }

        // SharpYaml counts all three from zero, as diagnostics do.
        private static (int Offset, int Line, int Column) Position(Mark mark) => (mark.Index, mark.Line, mark.Column);
    }
}
