namespace OpenApiClientGen.Runtime.Paging;

/// <summary>
/// Reads the <c>rel="next"</c> target of RFC 8288 <c>Link</c> headers, resolved against the request URI. The target may
/// have any scheme; whether it can be followed is the pager's decision.
/// </summary>
internal static class LinkHeader
{
    public static Uri? Next(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, Uri? requestUri)
    {
        if (!headers.TryGetValue("Link", out IReadOnlyList<string>? values))
        {
            return null;
        }

        foreach (string value in values)
        {
            foreach (string link in Split(value))
            {
                int open = link.IndexOf('<');
                int close = link.IndexOf('>', open + 1);
                if (open < 0 || close < 0)
                {
                    continue;
                }

                string parameters = link[(close + 1)..];
                if (!HasRelation(parameters, "next"))
                {
                    continue;
                }

                if (Resolve(link[(open + 1)..close].Trim(), requestUri) is { } target)
                {
                    return target;
                }
            }
        }

        return null;
    }

    /// <summary>An absolute target as it is; a relative reference (RFC 3986 §4.2) resolved against the request URI.</summary>
    private static Uri? Resolve(string target, Uri? requestUri)
    {
        // Only a scheme makes a reference absolute: on Unix Uri.TryCreate reads "/list?page=2" as file:///list.
        if (HasScheme(target))
        {
            return Uri.TryCreate(target, UriKind.Absolute, out Uri? absolute) ? absolute : null;
        }

        return requestUri is not null && Uri.TryCreate(requestUri, target, out Uri? resolved) ? resolved : null;
    }

    // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then ':' (RFC 3986 §3.1).
    private static bool HasScheme(string target)
    {
        int colon = target.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(target[0]))
        {
            return false;
        }

        foreach (char c in target.AsSpan(1, colon - 1))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // Links are separated by commas outside the <...> target (a target may itself contain commas).
    private static IEnumerable<string> Split(string value)
    {
        int start = 0;
        bool inTarget = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '<')
            {
                inTarget = true;
            }
            else if (c == '>')
            {
                inTarget = false;
            }
            else if (c == ',' && !inTarget)
            {
                yield return value[start..i];
                start = i + 1;
            }
        }

        yield return value[start..];
    }

    private static bool HasRelation(string parameters, string relation)
    {
        foreach (string parameter in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = parameter.IndexOf('=');
            if (equals < 0 || !parameter[..equals].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string rels = parameter[(equals + 1)..].Trim().Trim('"');
            if (rels.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals(relation, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
