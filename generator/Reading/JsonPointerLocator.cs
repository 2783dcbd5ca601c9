using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// Finds where JSON pointers (RFC 6901) point in a JSON text, for all pointers in one pass. Subtrees that no
    /// pointer enters are skipped, so locating a few problems in a 13 MB spec stays cheap; it runs only when there
    /// is something to report.
    /// </summary>
    internal static class JsonPointerLocator
    {
        /// <summary>Maps each pointer it finds to (char offset, line, column), all zero-based.</summary>
        public static Dictionary<string, (int Offset, int Line, int Column)> Locate(string text, IEnumerable<string> pointers, CancellationToken cancellationToken)
        {
            var root = new Node();
            foreach (string pointer in pointers)
            {
                Node node = root;
                foreach (string segment in Split(pointer))
                {
                    if (!node.Children.TryGetValue(segment, out Node? child))
                    {
                        child = new Node();
                        node.Children[segment] = child;
                    }

                    node = child;
                }

                node.Pointer = pointer;
            }

            var byteOffsets = new Dictionary<string, int>(StringComparer.Ordinal);
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            try
            {
                var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (reader.Read())
                {
                    Walk(ref reader, root, byteOffsets, cancellationToken);
                }
            }
            catch (JsonException)
            {
                // A text that is not valid JSON keeps whatever was found before the error.
            }

            var result = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> found in byteOffsets)
            {
                result[found.Key] = ToPosition(bytes, found.Value);
            }

            return result;
        }

        private static void Walk(ref Utf8JsonReader reader, Node node, Dictionary<string, int> found, CancellationToken cancellationToken)
        {
            // The reader stands on the start of the value that belongs to 'node'.
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    int keyStart = (int)reader.TokenStartIndex;
                    string name = reader.GetString() ?? string.Empty;
                    reader.Read();
                    if (node.Children.TryGetValue(name, out Node? child))
                    {
                        if (child.Pointer is not null)
                        {
                            found[child.Pointer] = keyStart;
                        }

                        cancellationToken.ThrowIfCancellationRequested();
                        Walk(ref reader, child, found, cancellationToken);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                int index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    string name = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    index++;
                    if (node.Children.TryGetValue(name, out Node? child))
                    {
                        if (child.Pointer is not null)
                        {
                            found[child.Pointer] = (int)reader.TokenStartIndex;
                        }

                        Walk(ref reader, child, found, cancellationToken);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
        }

        private static (int Offset, int Line, int Column) ToPosition(byte[] bytes, int byteOffset)
        {
            int line = 0, lineStart = 0;
            for (int i = 0; i < byteOffset; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            int column = Encoding.UTF8.GetCharCount(bytes, lineStart, byteOffset - lineStart);
            int offset = Encoding.UTF8.GetCharCount(bytes, 0, byteOffset);
            return (offset, line, column);
        }

        private static IEnumerable<string> Split(string pointer)
        {
            string trimmed = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
            string[] segments = trimmed.Split('/');

            // The text before the first '/' is the root; every later segment counts, empty ones too (a schema named "").
            for (int i = 1; i < segments.Length; i++)
            {
                string raw = segments[i];
                yield return Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
            }
        }

        private sealed class Node
        {
            public Dictionary<string, Node> Children { get; } = new Dictionary<string, Node>(StringComparer.Ordinal);

            public string? Pointer { get; set; }
        }
    }
}
