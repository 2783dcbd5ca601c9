namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>Checks secrets before they are put into headers, where CR/LF would allow header injection.</summary>
internal static class CredentialText
{
    public static void Validate(string? value, string parameterName, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!allowEmpty && value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty.", parameterName);
        }

        if (HasControlCharacter(value))
        {
            // The message never includes the value: it is a secret.
            throw new ArgumentException("The value must not contain control characters such as CR or LF.", parameterName);
        }
    }

    /// <summary>Requires an RFC 9110 token, the syntax of header names, cookie names and auth schemes.</summary>
    public static void ValidateToken(string value, string parameterName, string what)
    {
        foreach (char c in value)
        {
            if (!IsTokenChar(c))
            {
                throw new ArgumentException($"The {what} '{value}' must consist of letters, digits and !#$%&'*+-.^_`|~ only.", parameterName);
            }
        }
    }

    /// <summary>Header values travel as ASCII; HttpClient would otherwise fail only when sending.</summary>
    public static void ValidateAscii(string value, string parameterName)
    {
        if (!System.Text.Ascii.IsValid(value))
        {
            throw new ArgumentException("The value must consist of ASCII characters only.", parameterName);
        }
    }

    public static bool HasControlCharacter(string value)
    {
        foreach (char c in value)
        {
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
