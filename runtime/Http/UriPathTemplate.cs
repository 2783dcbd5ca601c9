using System.Text;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// A path template such as <c>/repos/{owner}/{repo}</c> (or a whole URI template handed out by the API), split into
/// literal text and variable names. Form-style query expressions (<c>{?a,b}</c>, <c>{&amp;c}</c>, RFC 6570) expand to
/// nothing here: their names are query parameters. Other RFC 6570 operators are rejected.
/// </summary>
internal sealed class UriPathTemplate
{
    private const string Operators = "+#./;?&=,!@|";

    private readonly List<(string Text, bool IsVariable)> _parts = new();
    private readonly List<string> _queryNames = new();

    public UriPathTemplate(string template)
    {
        int position = 0;
        while (position < template.Length)
        {
            int open = template.IndexOf('{', position);
            if (open < 0)
            {
                _parts.Add((template[position..], false));
                break;
            }

            int close = template.IndexOf('}', open + 1);
            if (close < 0 || close == open + 1)
            {
                throw new ArgumentException($"The path template '{template}' has an unterminated or empty '{{'.", nameof(template));
            }

            if (open > position)
            {
                _parts.Add((template[position..open], false));
            }

            string expression = template[(open + 1)..close];
            if (expression[0] is '?' or '&')
            {
                _queryNames.AddRange(expression[1..].Split(',').Select(name => name.Trim()));
            }
            else if (Operators.Contains(expression[0]) || expression.Contains(','))
            {
                throw new ArgumentException(
                    $"The template '{template}' uses '{{{expression}}}'; only {{name}} and {{?a,b}} / {{&a,b}} expressions are supported.",
                    nameof(template));
            }
            else
            {
                _parts.Add((expression, true));
            }

            position = close + 1;
        }
    }

    /// <summary>The names of the template's query expressions.</summary>
    public IReadOnlyList<string> QueryNames => _queryNames;

    public bool HasVariable(string name) => _parts.Exists(part => part.IsVariable && part.Text == name);

    /// <summary>Substitutes already-encoded values; a variable without a value is a bug in the caller.</summary>
    public string Expand(IReadOnlyDictionary<string, string> encodedValues)
    {
        var path = new StringBuilder();
        foreach ((string text, bool isVariable) in _parts)
        {
            if (!isVariable)
            {
                path.Append(text);
            }
            else if (encodedValues.TryGetValue(text, out string? value))
            {
                path.Append(value);
            }
            else
            {
                throw new InvalidOperationException($"The path parameter '{text}' was not set.");
            }
        }

        return path.ToString();
    }
}
