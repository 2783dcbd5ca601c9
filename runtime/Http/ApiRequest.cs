using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// Describes one call: method, path template and parameter values, headers and body. Generated operations fill
/// one in and hand it to <see cref="ApiClientCore"/>; values are formatted culture-independently.
/// </summary>
public sealed partial class ApiRequest
{
    private readonly UriPathTemplate _template;

    // Created on first use: most calls set a few path values and nothing else.
    private List<KeyValuePair<string, string>>? _pathValues;
    private List<string>? _queryPairs;
    private List<KeyValuePair<string, string>>? _headers;
    private List<string>? _accept;
    private readonly ApiOperation? _operation;

    /// <summary>Creates a request for <paramref name="method"/> (e.g. "GET") and a template like <c>/repos/{owner}/{repo}</c>.</summary>
    public ApiRequest(string method, string pathTemplate)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(pathTemplate);
        Method = method;
        PathTemplate = pathTemplate;
        _template = UriPathTemplate.Parse(pathTemplate);
    }

    /// <summary>
    /// Creates a request for one call of <paramref name="operation"/>: its method, template, operationId, server,
    /// error schemas, empty statuses and media types are the operation's, shared, not copied.
    /// </summary>
    public ApiRequest(ApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _operation = operation;
        Method = operation.Method;
        PathTemplate = operation.PathTemplate;
        OperationId = operation.OperationId;
        Server = operation.Server;
        _template = operation.Template;
    }

    /// <summary>
    /// Creates a request for an absolute URI template the API handed out (hypermedia, e.g. a release's
    /// <c>upload_url</c>: <c>https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}</c>). Path variables
    /// (<c>{name}</c>) are set with <see cref="PathParameter"/>; the names of a query expression (<c>{?a,b}</c>,
    /// <c>{&amp;a,b}</c>) with <see cref="QueryParameter"/>, and unset ones are left out (RFC 6570). Credentials go
    /// along only if the URI is on the client's base address or one of its servers.
    /// </summary>
    /// <exception cref="ArgumentException">The template is not an absolute http(s) URI, or uses another RFC 6570 operator.</exception>
    public static ApiRequest ForUriTemplate(string method, string uriTemplate)
    {
        ArgumentException.ThrowIfNullOrEmpty(uriTemplate);
        int variable = uriTemplate.IndexOf('{');
        string fixedPart = variable < 0 ? uriTemplate : uriTemplate[..variable];
        if (!Uri.TryCreate(fixedPart, UriKind.Absolute, out Uri? prefix) || (prefix.Scheme != Uri.UriSchemeHttps && prefix.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{uriTemplate}' is not an absolute http(s) URI template.", nameof(uriTemplate));
        }

        return new ApiRequest(method, uriTemplate) { IsAbsolute = true };
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>
    /// The server the description assigns this operation to (an operation-level <c>servers</c> entry), or null for
    /// the client's base address. Resolved through <see cref="ApiClientOptions.ServerAddresses"/>.
    /// </summary>
    public string? Server { get; init; }

    /// <summary>The template is a whole URI (<see cref="ForUriTemplate"/>), not a path under the base address.</summary>
    private bool IsAbsolute { get; init; }

    /// <summary>The variable names of the template's query expressions (<c>{?a,b}</c>), set with <see cref="QueryParameter"/>.</summary>
    public IReadOnlyList<string> QueryVariables => _template.QueryNames;

    /// <summary>The path template, relative to the client's base address.</summary>
    public string PathTemplate { get; }

    /// <summary>
    /// The operationId the description gives the operation (<c>repos/get</c>), set by generated code: the name of the
    /// call's span and the <c>openapiclientgen.operation</c> tag of its metrics. Null for hand-built requests.
    /// </summary>
    public string? OperationId { get; init; }

    /// <summary>Per-call headers and response callback.</summary>
    public RequestOptions? Options { get; set; }

    internal RequestBody? Body { get; private set; }

    /// <summary>The call this request belongs to, told the final successful response (see <see cref="ApiCall.WithResponseAsync"/>).</summary>
    internal ApiCall? Call { get; set; }

    /// <summary>Sent once whatever the retry options say (a connection check reports the state now, not after backoff).</summary>
    internal bool SingleAttempt { get; init; }

    internal IReadOnlyList<KeyValuePair<string, string>> Headers => (IReadOnlyList<KeyValuePair<string, string>>?)_headers ?? [];

    internal IReadOnlyList<string> AcceptedMediaTypes => _accept ?? _operation?.AcceptedMediaTypes ?? [];

    /// <summary>The method as sent; an operation's is created once, a known method is shared.</summary>
    internal HttpMethod HttpMethod => _operation?.HttpMethod ?? KnownMethods.For(Method);

    /// <summary>The encoded <c>name=value</c> pairs the operation set; any other pair in the sent URI came from the credentials.</summary>
    internal IReadOnlyList<string> QueryPairs => (IReadOnlyList<string>?)_queryPairs ?? [];

    private ErrorModelMap? _errorModels;

    internal ErrorModelMap? ErrorModels => _errorModels ?? _operation?.ErrorModels;

    private HashSet<int>? _emptyStatuses;

    /// <summary>
    /// Declares a success status the description documents without a body (GitHub's 205 beside 202): a typed call
    /// returns <c>default</c> for it without reading the body. 204 and 205 never carry one and need no declaration.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The status is not 200–299.</exception>
    public void EmptyResponseStatus(int status) => _emptyStatuses = WithEmptyStatus(_emptyStatuses, status);

    internal static HashSet<int> WithEmptyStatus(HashSet<int>? statuses, int status)
    {
        if (status is < 200 or > 299)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "The status must be a success status (200–299).");
        }

        statuses ??= new HashSet<int>();
        statuses.Add(status);
        return statuses;
    }

    /// <summary>Whether a success response with <paramref name="status"/> has no body to read.</summary>
    internal bool HasNoBody(int status) =>
        status is 204 or 205 || (_emptyStatuses?.Contains(status) ?? false) || (_operation?.EmptyStatuses?.Contains(status) ?? false);

    /// <summary>
    /// Sets a path variable (RFC 6570 simple expansion: everything but unreserved characters is percent-encoded).
    /// With <paramref name="allowReserved"/> reserved characters such as '/' are kept, for values that are paths
    /// (<c>x-multi-segment</c>); such a value may be empty, naming the root (<c>/contents/{path}</c> → <c>/contents/</c>).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The value is null, or empty without <paramref name="allowReserved"/> (it would change the path), or the
    /// template has no such variable, or the value is a "." or ".." segment (with <paramref name="allowReserved"/>:
    /// holds one) in any spelling, such as <c>%2E%2E</c>: servers remove those, so the call would reach another path.
    /// </exception>
    public void PathParameter(string name, object? value, bool allowReserved = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_template.HasVariable(name))
        {
            throw new ArgumentException($"The path template '{PathTemplate}' has no parameter '{name}'.", nameof(name));
        }

        string? text = value is null ? null : ParameterFormatter.Format(value);
        if (text is null || (text.Length == 0 && !allowReserved))
        {
            throw new ArgumentException($"The path parameter '{name}' must not be null or empty.", nameof(value));
        }

        if (DotSegments.Found(text, allowReserved))
        {
            // The value is not quoted: it may be a secret, and this message ends up in logs.
            throw new ArgumentException(
                $"The path parameter '{name}' must not be {(allowReserved ? "or contain " : "")}a '.' or '..' segment (in any spelling, such as %2E%2E).",
                nameof(value));
        }

        SetPathValue(name, PercentEncoding.Encode(text, allowReserved));
    }

    /// <summary>
    /// Adds a query parameter; <c>null</c> is omitted. A collection (other than a string) becomes
    /// <c>name=a&amp;name=b</c> when <paramref name="explode"/> is set, else <c>name=a,b</c>.
    /// </summary>
    public void QueryParameter(string name, object? value, bool explode = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is null)
        {
            return;
        }

        string encodedName = PercentEncoding.Encode(name);
        if (value is not IEnumerable items || value is string)
        {
            (_queryPairs ??= []).Add(encodedName + "=" + PercentEncoding.Encode(ParameterFormatter.Format(value)));
            return;
        }

        var encodedItems = new List<string>();
        foreach (object? item in items)
        {
            if (item is not null)
            {
                encodedItems.Add(PercentEncoding.Encode(ParameterFormatter.Format(item)));
            }
        }

        if (encodedItems.Count == 0)
        {
            return;
        }

        if (explode)
        {
            foreach (string item in encodedItems)
            {
                (_queryPairs ??= []).Add(encodedName + "=" + item);
            }
        }
        else
        {
            (_queryPairs ??= []).Add(encodedName + "=" + string.Join(',', encodedItems));
        }
    }

    /// <summary>Adds a header parameter; <c>null</c> is omitted and a collection is comma-joined.</summary>
    public void HeaderParameter(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is null)
        {
            return;
        }

        (_headers ??= []).Add(new KeyValuePair<string, string>(name, ParameterFormatter.FormatJoined(value)));
    }

    /// <summary>Adds a media type to the Accept header; calling it again accepts several.</summary>
    public void Accept(string mediaType)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        // The operation's media types are shared; a request that adds one gets its own list.
        (_accept ??= _operation is null ? [] : [.. _operation.AcceptedMediaTypes]).Add(mediaType);
    }

    /// <summary>
    /// Sets a JSON body. It is serialized now, compactly, and sent with Content-Length and
    /// <c>application/json; charset=utf-8</c> (never chunked: some servers reject chunked bodies).
    /// </summary>
    public void JsonBody<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        Body = new BufferedBody(JsonBodySerializer.Serialize(body, typeInfo), RequestBody.JsonMediaType);
    }

    /// <summary>Sets a text body, encoded as UTF-8 unless <paramref name="mediaType"/> names a charset.</summary>
    public void TextBody(string text, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        Body = BufferedBody.FromText(text, mediaType);
    }

    /// <summary>Sets a body read from <paramref name="content"/> when the request is sent; the stream is not disposed.</summary>
    public void StreamBody(Stream content, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        Body = new StreamBody(content, System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType));
    }

    /// <summary>Sets a binary body; the array is sent as it is when the request is sent.</summary>
    public void BytesBody(byte[] content, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        Body = new BufferedBody(content, System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType));
    }

    /// <summary>
    /// Declares the error schema for <paramref name="status"/> (0 for the description's <c>default</c> response): an
    /// error response with that status carries its body deserialized with <paramref name="typeInfo"/> in
    /// <see cref="ApiException.Error"/>. An exact status wins over a range, a range over <c>default</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The status is neither 0 nor 100–599.</exception>
    public void ErrorModel<T>(int status, JsonTypeInfo<T> typeInfo) => _errorModels = WithErrorModel(OwnErrorModels(), status, typeInfo);

    internal static ErrorModelMap WithErrorModel<T>(ErrorModelMap? map, int status, JsonTypeInfo<T> typeInfo)
    {
        if (status != 0 && status is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "The status must be 0 (default) or 100–599.");
        }

        ArgumentNullException.ThrowIfNull(typeInfo);
        map ??= new ErrorModelMap();
        map.Add(status, typeInfo);
        return map;
    }

    /// <summary>
    /// Declares the error schema for a status range: <paramref name="hundreds"/> is the first digit, so 4 stands for
    /// the description's <c>4XX</c> and 5 for <c>5XX</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The digit is not 1–5.</exception>
    public void ErrorModelRange<T>(int hundreds, JsonTypeInfo<T> typeInfo) => _errorModels = WithErrorModelRange(OwnErrorModels(), hundreds, typeInfo);

    internal static ErrorModelMap WithErrorModelRange<T>(ErrorModelMap? map, int hundreds, JsonTypeInfo<T> typeInfo)
    {
        if (hundreds is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(hundreds), hundreds, "The range must be 1–5 (1XX–5XX).");
        }

        ArgumentNullException.ThrowIfNull(typeInfo);
        map ??= new ErrorModelMap();
        map.AddRange(hundreds, typeInfo);
        return map;
    }

    /// <summary>This request's own error schemas: the operation's are copied before the first one is added.</summary>
    private ErrorModelMap? OwnErrorModels() => _errorModels ?? _operation?.ErrorModels?.Copy();

    /// <summary>
    /// A pager's next page: the server's <c>rel="next"</c> link, sent as given (it may name another path and
    /// carries its own query) instead of the template.
    /// </summary>
    internal Uri? NextPage { get; private set; }

    /// <summary>
    /// This request for one page of a pager: a copy, so enumerations running at the same time each keep their own
    /// next link and callback (the values set so far are shared; they are not changed while sending).
    /// </summary>
    internal ApiRequest ForPage(Uri? nextPage, RequestOptions options)
    {
        var page = (ApiRequest)MemberwiseClone();
        page.NextPage = nextPage;
        page.Options = options;
        return page;
    }

    private void SetPathValue(string name, string encoded)
    {
        List<KeyValuePair<string, string>> values = _pathValues ??= [];
        for (int i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i].Key, name, StringComparison.Ordinal))
            {
                values[i] = new KeyValuePair<string, string>(name, encoded);
                return;
            }
        }

        values.Add(new KeyValuePair<string, string>(name, encoded));
    }

    /// <summary>The absolute request URI: base address path, expanded template, then the query.</summary>
    internal Uri BuildUri(Uri baseAddress)
    {
        if (NextPage is { } next)
        {
            return next;
        }

        string path = _template.Expand(_pathValues);
        var uri = new DefaultInterpolatedStringHandler(0, 0);
        if (!IsAbsolute)
        {
            uri.AppendFormatted(baseAddress.AbsoluteUri.AsSpan().TrimEnd('/'));
            if (!path.StartsWith('/'))
            {
                uri.AppendLiteral("/");
            }
        }

        uri.AppendLiteral(path);
        if (_queryPairs is { Count: > 0 } pairs)
        {
            string joiner = path.Contains('?') ? "&" : "?";
            foreach (string pair in pairs)
            {
                uri.AppendLiteral(joiner);
                uri.AppendLiteral(pair);
                joiner = "&";
            }
        }

        string text = uri.ToStringAndClear();

        // The text is already encoded exactly as it must be sent. Uri canonicalization would decode "%2E%2E" and
        // remove it as a dot segment, so only when it changes the text is canonicalization turned off (such Uris
        // do not compare equal to ordinary ones, hence not always).
        var canonical = new Uri(text);
        return canonical.AbsoluteUri == text
            ? canonical
            : new Uri(text, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
    }
}
