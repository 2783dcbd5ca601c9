using System.Net.Http.Headers;
using System.Text;
using OpenApiClientGen.Runtime.Authentication;

namespace OpenApiClientGen.Runtime;

/// <summary>HTTP Basic authentication (RFC 7617), credentials encoded as UTF-8.</summary>
internal sealed class BasicCredentials : ApiCredentials
{
    private readonly string _userName;
    private readonly string _encoded;

    public BasicCredentials(string userName, string password, bool allowEmptyPassword = true)
    {
        CredentialText.Validate(userName, nameof(userName));
        if (userName.Contains(':'))
        {
            throw new ArgumentException("The user name must not contain ':' (RFC 7617).", nameof(userName));
        }

        // Some APIs take a key as the user name and an empty password.
        CredentialText.Validate(password, nameof(password), allowEmptyPassword);
        _userName = userName;
        _encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password));
    }

    public override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _encoded);
        return default;
    }

    public override string ToString() => $"Basic({_userName}, ***)";
}
