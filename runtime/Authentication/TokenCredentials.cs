using System.Net.Http.Headers;
using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime;

/// <summary>A fixed token sent as <c>Authorization: &lt;scheme&gt; &lt;token&gt;</c>.</summary>
internal sealed class TokenCredentials : ApiCredentials
{
    private readonly string _token;
    private readonly string _scheme;

    public TokenCredentials(string token, string scheme)
    {
        CredentialText.Validate(token, nameof(token));
        CredentialText.Validate(scheme, nameof(scheme));
        if (scheme.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The scheme must be a single word such as Bearer or token.", nameof(scheme));
        }

        _token = token;
        _scheme = scheme;
    }

    public override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue(_scheme, _token);
        return default;
    }

    // Keeps the secret out of logs and debugger displays.
    public override string ToString() => $"Token({_scheme}, ***)";
}
