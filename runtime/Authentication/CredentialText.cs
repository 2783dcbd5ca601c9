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

        foreach (char c in value)
        {
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
            {
                // The message never includes the value: it is a secret.
                throw new ArgumentException("The value must not contain control characters such as CR or LF.", parameterName);
            }
        }
    }
}
