namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Takes the form-style query expressions (<c>{?a,b}</c>, <c>{&amp;c}</c>) out of an RFC 6570 URI template, leaving
/// the path part for <see cref="UriPathTemplate"/>; the variable names become query parameters.
/// </summary>
internal static class UriTemplateQuery
{
    private const string Operators = "+#./;?&=,!@|";

    public static (string PathTemplate, IReadOnlyList<string> QueryNames) Split(string template)
    {
        var path = new System.Text.StringBuilder(template.Length);
        var names = new List<string>();
        int position = 0;
        while (position < template.Length)
        {
            int open = template.IndexOf('{', position);
            if (open < 0)
            {
                path.Append(template, position, template.Length - position);
                break;
            }

            int close = template.IndexOf('}', open + 1);
            if (close < 0 || close == open + 1)
            {
                throw new ArgumentException($"The URI template '{template}' has an unterminated or empty '{{'.", nameof(template));
            }

            path.Append(template, position, open - position);
            char first = template[open + 1];
            if (first is '?' or '&')
            {
                foreach (string name in template[(open + 2)..close].Split(','))
                {
                    names.Add(name.Trim());
                }
            }
            else if (Operators.Contains(first) || template[(open + 1)..close].Contains(','))
            {
                throw new ArgumentException(
                    $"The URI template '{template}' uses '{template[open..(close + 1)]}'; only {{name}} and {{?a,b}} / {{&a,b}} expressions are supported.",
                    nameof(template));
            }
            else
            {
                path.Append(template, open, close + 1 - open);
            }

            position = close + 1;
        }

        return (path.ToString(), names);
    }
}
