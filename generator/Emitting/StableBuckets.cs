using System.Text;

namespace OpenApiClientGen.Emitting
{
    /// <summary>
    /// Places types in files by a hash of their names, not by their position among all types: adding, removing or
    /// editing one schema then changes one bucket's file, not every file after it. The hash is FNV-1a over UTF-16
    /// code units (the same in every process, unlike <c>string.GetHashCode</c>) and the runtime's
    /// <c>JsonTypeKey.Bucket</c> computes the same one to find a type's metadata.
    /// </summary>
    internal static class StableBuckets
    {
        /// <summary>Fixed, so that no number of types moves every type to another file.</summary>
        public const int ModelBuckets = 32;

        /// <summary>Fixed, and known to the emitted context, which passes it to the runtime.</summary>
        public const int JsonBuckets = 32;

        public static int Of(string key, int buckets)
        {
            uint hash = 2166136261;
            foreach (char c in key)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash % (uint)buckets);
        }

        /// <summary>
        /// The key the runtime computes from a <c>System.Type</c> (<c>JsonTypeKey.Of</c>), here computed from the C#
        /// expression: simple names without namespaces, keywords as their framework names, generic arguments in
        /// angle brackets (<c>global::System.Collections.Generic.IReadOnlyList&lt;long&gt;</c> is <c>IReadOnlyList&lt;Int64&gt;</c>).
        /// </summary>
        public static string JsonKey(string expression)
        {
            var key = new StringBuilder(expression.Length);
            int i = 0;
            while (i < expression.Length)
            {
                char c = expression[i];
                if (char.IsLetter(c) || c == '_' || c == '@')
                {
                    int start = i;
                    while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] is '_' or '@' or '.' or ':'))
                    {
                        i++;
                    }

                    string name = expression.Substring(start, i - start);
                    key.Append(Keyword(name.Substring(System.Math.Max(name.LastIndexOf('.'), name.LastIndexOf(':')) + 1).TrimStart('@')));
                    continue;
                }

                if (c != ' ')
                {
                    key.Append(c);
                }

                i++;
            }

            return key.ToString();
        }

        private static string Keyword(string name)
        {
            switch (name)
            {
                case "string": return "String";
                case "long": return "Int64";
                case "int": return "Int32";
                case "double": return "Double";
                case "float": return "Single";
                case "decimal": return "Decimal";
                case "bool": return "Boolean";
                case "byte": return "Byte";
                case "object": return "Object";
                default: return name;
            }
        }
    }
}
