using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime;

/// <summary>An OAuth 2.0 access token, sent as <c>Authorization: &lt;TokenType&gt; &lt;Value&gt;</c>.</summary>
/// <param name="Value">The token; not empty, no control characters.</param>
/// <param name="ExpiresAt">When the token stops working; null when the server did not say.</param>
/// <param name="TokenType">The authorization scheme; the lowercase <c>bearer</c> many servers return becomes <c>Bearer</c>.</param>
public readonly record struct AccessToken(string Value, DateTimeOffset? ExpiresAt, string TokenType = "Bearer")
{
    private readonly string _value = CheckValue(Value);
    private readonly string _tokenType = CheckTokenType(TokenType);

    /// <summary>The token; not empty, no control characters.</summary>
    /// <exception cref="ArgumentException">The value is empty or contains control characters.</exception>
    public string Value
    {
        get => _value;
        init => _value = CheckValue(value);
    }

    /// <summary>The authorization scheme, such as <c>Bearer</c>.</summary>
    /// <exception cref="ArgumentException">The type is empty or contains whitespace or control characters.</exception>
    public string TokenType
    {
        get => _tokenType;
        init => _tokenType = CheckTokenType(value);
    }

    /// <summary>Describes the token without revealing it.</summary>
    public override string ToString() =>
        ExpiresAt is { } expires ? $"AccessToken({TokenType}, ***, expires {expires:u})" : $"AccessToken({TokenType}, ***)";

    private static string CheckValue(string value)
    {
        CredentialText.Validate(value, nameof(Value));
        return value;
    }

    private static string CheckTokenType(string value)
    {
        CredentialText.Validate(value, nameof(TokenType));
        if (value.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The token type must be a single word such as Bearer.", nameof(TokenType));
        }

        return string.Equals(value, "Bearer", StringComparison.OrdinalIgnoreCase) ? "Bearer" : value;
    }
}
