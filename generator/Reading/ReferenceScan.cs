using System;
using System.Collections.Generic;

namespace OpenApiClientGen.Reading
{
    /// <summary>
    /// A text scan over the <c>$ref</c> values of a JSON or YAML description, without parsing it: most descriptions
    /// (GitHub's 13 MB one included) only reference components, which OpenAPI.NET resolves itself, so the costlier
    /// rewrite of <see cref="ReferenceHoister"/> runs only for a text this scan flags.
    /// </summary>
    internal static class ReferenceScan
    {
        private const string Marker = "$ref";

        /// <summary>
        /// True when a <c>$ref</c> is not a plain component reference (<c>#/components/schemas/Pet</c>, or
        /// <c>#/definitions/Pet</c> in Swagger 2.0): a pointer deeper into the document, or another file. A value the
        /// scan cannot read counts too (the rewrite then decides).
        /// </summary>
        public static bool NeedsRewrite(string text)
        {
            foreach (string? value in Values(text))
            {
                if (value is null || !IsComponentReference(value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The other files the text references (the part of each <c>$ref</c> before '#'), unescaped, in text order.</summary>
        public static IEnumerable<string> ExternalFiles(string text)
        {
            foreach (string? value in Values(text))
            {
                if (value is not null && ExternalFile(value) is { } file)
                {
                    yield return file;
                }
            }
        }

        /// <summary>The file part of a reference, or null for a reference within the document or to the web.</summary>
        public static string? ExternalFile(string reference)
        {
            int hash = reference.IndexOf('#');
            string file = hash < 0 ? reference : reference.Substring(0, hash);
            if (file.Length == 0 || file.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            return Uri.UnescapeDataString(file);
        }

        /// <summary>A local reference to a component by name: <c>#/components/{kind}/{name}</c> or Swagger 2.0's <c>#/{kind}/{name}</c>.</summary>
        public static bool IsComponentReference(string reference)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return false;
            }

            int slashes = 0;
            foreach (char c in reference)
            {
                if (c == '/')
                {
                    slashes++;
                }
            }

            return reference.StartsWith("#/components/", StringComparison.Ordinal)
                ? slashes == 3
                : slashes == 2 && (reference.StartsWith("#/definitions/", StringComparison.Ordinal)
                    || reference.StartsWith("#/parameters/", StringComparison.Ordinal)
                    || reference.StartsWith("#/responses/", StringComparison.Ordinal));
        }

        /// <summary>Every <c>$ref</c> value of a JSON or YAML text; null for one written in a way this scan does not read.</summary>
        private static IEnumerable<string?> Values(string text)
        {
            int at = 0;
            while ((at = text.IndexOf(Marker, at, StringComparison.Ordinal)) >= 0)
            {
                int i = at + Marker.Length;
                at = i;
                if (i < text.Length && (text[i] == '"' || text[i] == '\''))
                {
                    i++;
                }

                i = SkipBlanks(text, i);
                if (i >= text.Length || text[i] != ':')
                {
                    // "$ref" inside a description or a value: not a key.
                    continue;
                }

                i = SkipBlanks(text, i + 1);
                yield return ReadValue(text, i);
            }
        }

        private static string? ReadValue(string text, int i)
        {
            if (i >= text.Length)
            {
                return null;
            }

            char quote = text[i];
            if (quote == '"' || quote == '\'')
            {
                int end = text.IndexOf(quote, i + 1);
                if (end < 0)
                {
                    return null;
                }

                string quoted = text.Substring(i + 1, end - i - 1);
                return quoted.IndexOf('\\') >= 0 ? null : quoted;
            }

            // A plain YAML scalar ends at the line's end, a comment or a flow collection's separator.
            int stop = i;
            while (stop < text.Length && text[stop] != '\n' && text[stop] != '\r' && text[stop] != ',' && text[stop] != '}' && text[stop] != ']'
                && !(text[stop] == '#' && stop > i && text[stop - 1] == ' '))
            {
                stop++;
            }

            string plain = text.Substring(i, stop - i).Trim();
            return plain.Length == 0 ? null : plain;
        }

        private static int SkipBlanks(string text, int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            return i;
        }
    }
}
