using System.Net.Http.Headers;
using System.Text;
using OpenApiClientGen.Runtime.Http;
using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>Sends form requests to an authorization server's endpoints and turns the answers into tokens or <see cref="OAuthException"/>s.</summary>
internal sealed class TokenEndpointClient
{
    private const string Post = "POST";
    private readonly OAuthClientOptions _options;
    private readonly TimeProvider _timeProvider;

    public TokenEndpointClient(OAuthClientOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _timeProvider = timeProvider;
    }

    public OAuthClientOptions Options => _options;

    /// <summary>Requests a token with the grant's <paramref name="parameters"/> (RFC 6749 §4.4.2, §6; RFC 8628 §3.4).</summary>
    public async Task<TokenGrant> RequestTokenAsync(IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        Uri endpoint = _options.Endpoints.TokenEndpoint;
        DateTimeOffset requested = _timeProvider.GetUtcNow();
        OAuthResponse response = await PostAsync(endpoint, parameters, cancellationToken).ConfigureAwait(false);

        string? value = response["access_token"];
        string type = response["token_type"] ?? "Bearer";
        // Both end up in the Authorization header, which carries ASCII only.
        if (value is null || !Ascii.IsValid(value) || CredentialText.HasControlCharacter(value)
            || !Ascii.IsValid(type) || CredentialText.HasControlCharacter(type) || type.Any(char.IsWhiteSpace))
        {
            throw Malformed(endpoint, "its answer has no usable access_token and token_type");
        }

        DateTimeOffset? expires = response.Seconds("expires_in") is { } lifetime ? requested + lifetime : null;
        string? refresh = response["refresh_token"];
        if (refresh is not null && CredentialText.HasControlCharacter(refresh))
        {
            throw Malformed(endpoint, "its refresh_token contains control characters");
        }

        return new TokenGrant(new AccessToken(value, expires, type), refresh);
    }

    /// <summary>The refresh token grant (RFC 6749 §6).</summary>
    public Task<TokenGrant> RefreshAsync(string refreshToken, string? scope, CancellationToken cancellationToken)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "refresh_token"),
            new("refresh_token", refreshToken),
        };
        AddScope(parameters, scope);
        return RequestTokenAsync(parameters, cancellationToken);
    }

    /// <summary>
    /// Posts the form with the client's authentication and <c>Accept: application/json</c>; an <c>error</c> member
    /// (whatever the status, as GitHub answers errors with 200) or an error status becomes an <see cref="OAuthException"/>.
    /// </summary>
    public async Task<OAuthResponse> PostAsync(Uri endpoint, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        InsecureTransport.ThrowIfInsecure(endpoint, _options.AllowInsecureHttp, "the client's credentials and tokens", "OAuthClientOptions.AllowInsecureHttp");
        var form = new List<KeyValuePair<string, string>>(parameters);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        AuthenticateClient(request, form);
        request.Content = new FormUrlEncodedContent(form);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent ?? ApiClientOptions.DefaultUserAgent);

        HttpClient http = _options.HttpClient ?? TokenHttp.Shared;
        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            string? body = await ResponseText.ReadPrefixAsync(response.Content, cancellationToken).ConfigureAwait(false);
            OAuthResponse answer = OAuthResponse.Parse(body, response.Content.Headers.ContentType?.MediaType);
            int status = (int)response.StatusCode;
            if (answer["error"] is not null || !response.IsSuccessStatusCode)
            {
                // Error bodies carry no tokens, so they are kept for diagnosis.
                Uri? errorUri = Uri.TryCreate(answer["error_uri"], UriKind.Absolute, out Uri? uri) ? uri : null;
                throw new OAuthException(
                    answer["error"], answer["error_description"], errorUri, Post, endpoint, status, response.ReasonPhrase, HeaderRedactor.Redact(response, endpoint), body);
            }

            return answer;
        }
        catch (HttpRequestException e)
        {
            throw new ApiConnectionException(Post, endpoint, e);
        }
        catch (IOException e)
        {
            throw new ApiConnectionException(Post, endpoint, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The HttpClient's own timeout.
            throw new ApiTimeoutException(Post, endpoint, http.Timeout == Timeout.InfiniteTimeSpan ? null : http.Timeout, e);
        }
    }

    public static void AddScope(List<KeyValuePair<string, string>> parameters, string? scope)
    {
        if (!string.IsNullOrWhiteSpace(scope))
        {
            parameters.Add(new("scope", scope));
        }
    }

    /// <summary>An answer that lacks what the protocol requires; the body is not kept, as it may hold tokens.</summary>
    public static OAuthException Malformed(Uri endpoint, string problem) =>
        new(null, "The response is not a valid OAuth response: " + problem + ".", null, Post, endpoint, null, null, null, null);

    private void AuthenticateClient(HttpRequestMessage request, List<KeyValuePair<string, string>> form)
    {
        string? secret = _options.ClientSecret;
        if (secret is not null && _options.ClientAuthentication == OAuthClientAuthentication.ClientSecretBasic)
        {
            // RFC 6749 §2.3.1: both parts are form-encoded before they are joined and base64-encoded.
            string pair = FormEncode(_options.ClientId) + ":" + FormEncode(secret);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
            return;
        }

        form.Add(new("client_id", _options.ClientId));
        if (secret is not null)
        {
            form.Add(new("client_secret", secret));
        }
    }

    private static string FormEncode(string value) => System.Net.WebUtility.UrlEncode(value);
}
