using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OpenApiClientGen.Mapping
{
    /// <summary>Turns names from a spec into C# identifiers that always compile.</summary>
    internal static class CSharpNames
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>Members every generated type inherits from <c>object</c>; a generated member by these names would hide one.</summary>
        public static readonly string[] ObjectMembers =
        {
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
        };

        /// <summary>The names a generated member may not take: the type's own, its base's, and object's.</summary>
        public static IEnumerable<string> Reserved(string typeName, params string[] baseMembers) =>
            ObjectMembers.Concat(baseMembers).Append(typeName);

        /// <summary>
        /// PascalCase from any text: words split on anything that is not a letter or digit and on lower→upper
        /// changes; a leading '+'/'-' becomes Plus/Minus (GitHub's reactions "+1"/"-1"); a leading digit gets '_'.
        /// </summary>
        public static string Pascal(string text)
        {
            var result = new StringBuilder(text.Length);
            int i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    if (result.Length == 0 && text[i] == '+')
                    {
                        result.Append("Plus");
                    }
                    else if (result.Length == 0 && text[i] == '-')
                    {
                        result.Append("Minus");
                    }

                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                AppendWord(result, text.Substring(start, i - start));
            }

            if (result.Length == 0)
            {
                return "Value";
            }

            if (char.IsDigit(result[0]))
            {
                result.Insert(0, '_');
            }

            return result.ToString();
        }

        /// <summary>
        /// One word: first letter upper-cased, and after a digit too ("sha256sum" → "Sha256Sum"); a word in capitals
        /// is read as a word, not an acronym chain ("PR_TITLE" → "PrTitle"), while mixed case is kept ("GitHub").
        /// </summary>
        private static void AppendWord(StringBuilder result, string word)
        {
            bool shouting = word.Length > 1 && word.Any(char.IsLetter) && !word.Any(char.IsLower);
            bool upperNext = true;
            foreach (char c in word)
            {
                if (char.IsDigit(c))
                {
                    result.Append(c);
                    upperNext = true;
                }
                else if (upperNext)
                {
                    result.Append(char.ToUpperInvariant(c));
                    upperNext = false;
                }
                else
                {
                    result.Append(shouting ? char.ToLowerInvariant(c) : c);
                }
            }
        }

        /// <summary>camelCase, with C# keywords escaped by '@'.</summary>
        public static string Camel(string text)
        {
            string pascal = Pascal(text);
            string camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
            return Keywords.Contains(camel) ? "@" + camel : camel;
        }

        /// <summary>A C# string literal for any text.</summary>
        public static string Literal(string value)
        {
            var result = new StringBuilder(value.Length + 2);
            result.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': result.Append("\\\""); break;
                    case '\\': result.Append("\\\\"); break;
                    case '\n': result.Append("\\n"); break;
                    case '\r': result.Append("\\r"); break;
                    case '\t': result.Append("\\t"); break;
                    case '\0': result.Append("\\0"); break;
                    default:
                        if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        {
                            result.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            result.Append(c);
                        }

                        break;
                }
            }

            result.Append('"');
            return result.ToString();
        }
    }

    /// <summary>
    /// Hands out unique names in one scope. The first claimant keeps a name; later ones get a numeric suffix,
    /// so the outcome depends only on the order of claims, which the mapper keeps deterministic.
    /// </summary>
    internal sealed class NameScope
    {
        private readonly HashSet<string> _taken;
        private readonly HashSet<string> _reserved;
        private readonly string? _reservedSuffix;

        /// <param name="reserved">Names no claimant may take.</param>
        /// <param name="reservedSuffix">
        /// When set, <see cref="Claim"/> appends it to a reserved name before numbering (type names: <c>Task</c> →
        /// <c>TaskModel</c>); otherwise only <see cref="ClaimMember"/> renames reserved names (with "Value").
        /// </param>
        public NameScope(IEnumerable<string>? reserved = null, string? reservedSuffix = null)
        {
            _reserved = new HashSet<string>(reserved ?? System.Array.Empty<string>(), System.StringComparer.Ordinal);
            _taken = new HashSet<string>(_reserved, System.StringComparer.Ordinal);
            _reservedSuffix = reservedSuffix;
        }

        /// <summary>Claims a member name; one that clashes with a reserved name gets "Value" appended first.</summary>
        public string ClaimMember(string name) => Claim(_reserved.Contains(name) ? name + "Value" : name);

        public bool IsTaken(string name) => _taken.Contains(name);

        public string Claim(string name)
        {
            if (_reservedSuffix is not null && _reserved.Contains(name))
            {
                name += _reservedSuffix;
            }

            if (_taken.Add(name))
            {
                return name;
            }

            for (int i = 2; ; i++)
            {
                string candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (_taken.Add(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
