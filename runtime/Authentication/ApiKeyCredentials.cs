using OpenApiClientGen.Runtime.Authentication;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>A fixed key sent as a header, a query parameter or a cookie.</summary>
internal sealed class ApiKeyCredentials : ApiCredentials
{
    private readonly string _name;
    private readonly string _value;
    private readonly ApiKeyLocation _location;

    public ApiKeyCredentials(string name, string value, ApiKeyLocation location)
    {
        CredentialText.Validate(name, nameof(name));
        CredentialText.Validate(value, nameof(value));
        switch (location)
        {
            case ApiKeyLocation.Header:
                CredentialText.ValidateToken(name, nameof(name), "header name");
                CredentialText.ValidateAscii(value, nameof(value));
                break;
            case ApiKeyLocation.Cookie:
                CredentialText.ValidateToken(name, nameof(name), "cookie name");
                CookieHeader.ValidateValue(value, nameof(value));
                break;
            case ApiKeyLocation.Query:
                // Any text: it is percent-encoded as UTF-8.
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown API key location.");
        }

        _name = name;
        _value = value;
        _location = location;
    }

    public override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (_location)
        {
            case ApiKeyLocation.Header:
                HeaderWriter.Set(request, _name, _value);
                break;
            case ApiKeyLocation.Query:
                request.RequestUri = QueryParameters.Replace(
                    request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request)), _name, _value);
                break;
            default:
                CookieHeader.Merge(request, _name + "=" + _value);
                break;
        }

        return default;
    }

    // Keeps the secret out of logs and debugger displays.
    public override string ToString() =>
        _location == ApiKeyLocation.Cookie ? $"Cookie({_name}, ***)" : $"ApiKey({_name} in {_location}, ***)";
}
