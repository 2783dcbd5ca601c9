using System.Text;

namespace OpenApiClientGen.Emitting
{
    /// <summary>Turns spec prose into one-line XML doc comments (escaped, whitespace folded).</summary>
    internal static class DocComments
    {
        private const int MaxLength = 600;

        public static string Escape(string text)
        {
            var result = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    space = result.Length > 0;
                    continue;
                }

                if (space)
                {
                    result.Append(' ');
                    space = false;
                }

                switch (c)
                {
                    case '<': result.Append("&lt;"); break;
                    case '>': result.Append("&gt;"); break;
                    case '&': result.Append("&amp;"); break;
                    default: result.Append(c); break;
                }

                if (result.Length >= MaxLength)
                {
                    result.Append("…");
                    break;
                }
            }

            return result.ToString();
        }

        public static void Summary(SourceWriter writer, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                writer.Line("/// <summary>" + Escape(text!) + "</summary>");
            }
        }

        public static string Attribute(string text) => Escape(text).Replace("\"", "&quot;");
    }
}
