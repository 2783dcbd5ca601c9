using OpenApiClientGen.Runtime.Authentication;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>Cookie parameters of a request.</summary>
public sealed partial class ApiRequest
{
    private List<string>? _cookies;

    /// <summary>The <c>name=value</c> pairs of the cookie parameters, merged into the request's Cookie header.</summary>
    internal IReadOnlyList<string> CookiePairs => (IReadOnlyList<string>?)_cookies ?? Array.Empty<string>();

    /// <summary>
    /// Adds a cookie parameter, sent in the <c>Cookie</c> header together with the client's session cookies and an
    /// API-key cookie (those win over a parameter of the same name); <c>null</c> is omitted and a collection is
    /// comma-joined. Characters a cookie value cannot carry (space, '"', ',', ';', '\', '%', controls, non-ASCII) are
    /// percent-encoded (UTF-8).
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a valid cookie name (an HTTP token).</exception>
    public void CookieParameter(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        CookieHeader.ValidateName(name, nameof(name));
        if (value is null)
        {
            return;
        }

        (_cookies ??= new List<string>()).Add(name + "=" + CookieHeader.EncodeValue(ParameterFormatter.FormatJoined(value)));
    }
}
