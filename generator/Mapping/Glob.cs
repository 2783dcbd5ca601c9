using System;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// An operationId or path pattern: <c>*</c> matches within one '/'-separated segment, <c>**</c> across segments
    /// (<c>/repos/**</c> matches <c>/repos</c> and everything below it, <c>**/get</c> matches <c>get</c> and
    /// <c>repos/get</c>); every other character stands for itself and the whole text must match.
    /// </summary>
    internal sealed class Glob
    {
        private readonly Regex _regex;

        /// <param name="literal">Whether the pattern is a plain name (a tag), its '*' no wildcard.</param>
        public Glob(string pattern, bool ignoreCase, bool literal = false)
        {
            Text = pattern;
            RegexOptions options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            _regex = new Regex(literal ? "^" + Regex.Escape(pattern) + "$" : ToRegex(pattern), options, TimeSpan.FromSeconds(1));
        }

        public string Text { get; }

        public bool IsMatch(string? text) => text is not null && _regex.IsMatch(text);

        private static string ToRegex(string pattern)
        {
            var regex = new StringBuilder("^");
            for (int i = 0; i < pattern.Length;)
            {
                if (string.CompareOrdinal(pattern, i, "/**", 0, 3) == 0 && i + 3 == pattern.Length)
                {
                    regex.Append("(/.*)?");
                    i += 3;
                }
                else if (string.CompareOrdinal(pattern, i, "**/", 0, 3) == 0)
                {
                    regex.Append("(.*/)?");
                    i += 3;
                }
                else if (string.CompareOrdinal(pattern, i, "**", 0, 2) == 0)
                {
                    regex.Append(".*");
                    i += 2;
                }
                else if (pattern[i] == '*')
                {
                    regex.Append("[^/]*");
                    i++;
                }
                else
                {
                    regex.Append(Regex.Escape(pattern[i].ToString()));
                    i++;
                }
            }

            return regex.Append('$').ToString();
        }
    }
}
