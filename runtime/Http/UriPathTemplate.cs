using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// A path template such as <c>/repos/{owner}/{repo}</c> (or a whole URI template handed out by the API), split into
/// literal text and variable names. Form-style query expressions (<c>{?a,b}</c>, <c>{&amp;c}</c>, RFC 6570) expand to
/// nothing here: their names are query parameters. Other RFC 6570 operators are rejected.
/// </summary>
internal sealed class UriPathTemplate
{
    private const string Operators = "+#./;?&=,!@|";

    // Generated operations pass the same few hundred literal templates on every call; hypermedia templates vary, so
    // the cache stops growing at this size.
    private const int MaxCached = 4096;
    private static readonly ConcurrentDictionary<string, UriPathTemplate> Cache = new(StringComparer.Ordinal);

    private readonly List<(string Text, bool IsVariable)> _parts = new();
    private readonly List<string> _queryNames = new();

    private UriPathTemplate(string template)
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

    /// <summary>The parsed template, shared by every request of the same template (it is never changed after parsing).</summary>
    /// <exception cref="ArgumentException">The template is malformed or uses an unsupported operator.</exception>
    public static UriPathTemplate Parse(string template)
    {
        if (Cache.TryGetValue(template, out UriPathTemplate? parsed))
        {
            return parsed;
        }

        parsed = new UriPathTemplate(template);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(template, parsed);
        }

        return parsed;
    }

    /// <summary>The names of the template's query expressions.</summary>
    public IReadOnlyList<string> QueryNames => _queryNames;

    public bool HasVariable(string name)
    {
        foreach ((string text, bool isVariable) in _parts)
        {
            if (isVariable && string.Equals(text, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Substitutes already-encoded values; a variable without a value is a bug in the caller.</summary>
    public string Expand(IReadOnlyList<KeyValuePair<string, string>>? encodedValues)
    {
        var path = new DefaultInterpolatedStringHandler(0, 0);
        foreach ((string text, bool isVariable) in _parts)
        {
            path.AppendLiteral(isVariable ? ValueOf(text, encodedValues) : text);
        }

        return path.ToStringAndClear();
    }

    private static string ValueOf(string name, IReadOnlyList<KeyValuePair<string, string>>? encodedValues)
    {
        if (encodedValues is not null)
        {
            foreach (KeyValuePair<string, string> value in encodedValues)
            {
                if (string.Equals(value.Key, name, StringComparison.Ordinal))
                {
                    return value.Value;
                }
            }
        }

        throw new InvalidOperationException($"The path parameter '{name}' was not set.");
    }
}
