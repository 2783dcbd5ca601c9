using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitHubRepos.StandIn;

/// <summary>Settings of a <see cref="GitHubStandIn"/>.</summary>
public sealed class GitHubStandInOptions
{
    /// <summary>The token requests must carry (scheme <c>Bearer</c> or <c>token</c>); <c>null</c> accepts any token.</summary>
    public string? RequiredToken { get; set; } = StandInData.DemoToken;

    /// <summary>The polling interval the device flow asks for (whole seconds; GitHub asks for 5).</summary>
    public TimeSpan DeviceFlowInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Makes the device flow answer <c>access_denied</c> instead of issuing a token.</summary>
    public bool DenyDeviceAuthorization { get; set; }
}

/// <summary>
/// A small stand-in for api.github.com on 127.0.0.1 (random free port), serving <see cref="StandInData"/> with the
/// shapes, status codes and headers GitHub uses:
/// <list type="bullet">
/// <item><c>GET /user</c>: the authenticated user.</item>
/// <item><c>GET /user/repos</c>: visibility, affiliation, type, sort, direction, since, before, per_page and page,
/// with a <c>Link</c> header (first, prev, next, last) when there is more than one page.</item>
/// <item><c>POST /user/repos</c>: creates a repository (201), 422 when the name is missing or taken.</item>
/// <item><c>GET /repos/{owner}/{repo}</c> and <c>GET /repos/{owner}/{repo}/git/ref/{ref}</c> (the ref keeps its '/').</item>
/// <item>github.com's OAuth device flow under <c>/login/</c> (see <see cref="StandInDeviceFlow"/>).</item>
/// </list>
/// Every API request needs a <c>User-Agent</c> (else 403) and an <c>Authorization</c> header (else 401): a token
/// (<c>Bearer</c> or <c>token</c>) or Basic authentication with the token as password. Every API response carries
/// <c>X-RateLimit-*</c> headers. Unknown paths answer 404 like GitHub does. The server does not use
/// the generated client, so tests can compile it next to their own copy of the client.
/// </summary>
public sealed partial class GitHubStandIn : IAsyncDisposable
{
    /// <summary>Requests per hour an authenticated caller gets.</summary>
    public const int RateLimit = 5000;

    private const int DefaultPageSize = 30;
    private const int MaxPageSize = 100;
    private const string Docs = "https://docs.github.com/rest";
    private const string ListDocs = Docs + "/repos/repos#list-repositories-for-the-authenticated-user";
    private const string CreateDocs = Docs + "/repos/repos#create-a-repository-for-the-authenticated-user";

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly WebApplication _app;
    private readonly GitHubStandInOptions _options;
    private readonly StandInDeviceFlow _deviceFlow;
    private readonly ConcurrentQueue<StandInRequest> _requests = new();
    private readonly ConcurrentDictionary<string, (int Status, string Json)> _cannedResponses = new(StringComparer.Ordinal);
    private readonly List<StandInRepository> _repositories = new(StandInData.Repositories);
    private readonly Lock _repositoriesLock = new();
    private readonly long _rateLimitReset = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
    private int _rateLimitUsed;
    private int _requestCounter;
    private long _nextRepositoryId = 700_000_001;

    private GitHubStandIn(WebApplication app, GitHubStandInOptions options)
    {
        _app = app;
        _options = options;
        _deviceFlow = new StandInDeviceFlow(options);
    }

    /// <summary>The address to use as the client's base address, ending with '/'.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<StandInRequest> Requests => _requests.ToArray();

    /// <summary>Starts a stand-in on 127.0.0.1 with a free port.</summary>
    public static async Task<GitHubStandIn> StartAsync(GitHubStandInOptions? options = null, CancellationToken cancellationToken = default)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(GitHubStandIn).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();

        // The host must not take over Ctrl+C of the process that embeds it.
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });

        WebApplication app = builder.Build();
        var standIn = new GitHubStandIn(app, options ?? new GitHubStandInOptions());
        app.Run(standIn.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        standIn.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return standIn;
    }

    /// <summary>
    /// Makes <paramref name="method"/> <paramref name="path"/> (the decoded path, e.g. <c>/repos/o/r</c>) answer with a
    /// fixed JSON body once authentication has passed, for payloads the built-in data does not cover.
    /// </summary>
    public void SetResponse(string method, string path, int statusCode, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(json);
        _cannedResponses[method.ToUpperInvariant() + " " + path] = (statusCode, json);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);

    private async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        HttpResponse response = context.Response;
        string body = "";
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        string target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        _requests.Enqueue(new StandInRequest(request.Method, target, headers, body));
        if (await _deviceFlow.TryHandleAsync(context, body).ConfigureAwait(false))
        {
            // github.com, not the API: no User-Agent rule, no rate limit.
            return;
        }

        int sequence = Interlocked.Increment(ref _requestCounter);
        response.Headers["Server"] = "github.com";
        response.Headers["X-GitHub-Request-Id"] = string.Create(CultureInfo.InvariantCulture, $"D1A7:3F2B:{sequence:X6}:{sequence * 7919:X7}:68A0C2F1");
        response.Headers["X-GitHub-Media-Type"] = "github.v3; format=json";
        response.Headers["X-GitHub-Api-Version-Selected"] = "2022-11-28";
        response.Headers["Vary"] = "Accept, Authorization, Cookie, X-GitHub-OTP";

        if (string.IsNullOrWhiteSpace(request.Headers.UserAgent))
        {
            // What GitHub answers to requests without a User-Agent.
            response.StatusCode = StatusCodes.Status403Forbidden;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(
                "Request forbidden by administrative rules. Please make sure your request has a User-Agent header "
                + "(https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). "
                + "Check https://developer.github.com for other possible causes.\n",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        string? authenticationError = Authenticate(request.Headers.Authorization.ToString());
        WriteRateLimitHeaders(response, authenticated: authenticationError is null);
        if (authenticationError is not null)
        {
            await WriteJsonAsync(context, StatusCodes.Status401Unauthorized, Error(authenticationError, Docs, 401)).ConfigureAwait(false);
            return;
        }

        response.Headers["X-OAuth-Scopes"] = "public_repo, read:user, repo";
        response.Headers["X-Accepted-OAuth-Scopes"] = "repo";
        if (_cannedResponses.TryGetValue(request.Method + " " + request.Path.Value, out (int Status, string Json) canned))
        {
            await WriteRawJsonAsync(context, canned.Status, canned.Json).ConfigureAwait(false);
            return;
        }

        await RouteAsync(context, body).ConfigureAwait(false);
    }

    private Task RouteAsync(HttpContext context, string body)
    {
        HttpRequest request = context.Request;

        // Kestrel decodes the path except for "%2F", so an escaped '/' stays part of one segment, as on GitHub.
        string[] segments = (request.Path.Value ?? "/").TrimStart('/').Split('/');
        bool get = HttpMethods.IsGet(request.Method);
        return segments switch
        {
            ["user"] when get => WriteJsonAsync(context, 200, AuthenticatedUser(context)),
            ["user", "repos"] when get => ListRepositoriesAsync(context),
            ["user", "repos"] when HttpMethods.IsPost(request.Method) => CreateRepositoryAsync(context, body),
            ["repos", string owner, string name] when get => GetRepositoryAsync(context, owner, name),
            ["repos", string owner, string name, "git", "ref", .. string[] reference] when get && reference.Length > 0 =>
                GetReferenceAsync(context, owner, name, string.Join('/', reference)),
            _ => WriteJsonAsync(context, 404, Error("Not Found", Docs, 404)),
        };
    }

    private JsonObject AuthenticatedUser(HttpContext context)
    {
        StandInRepository[] owned = Snapshot().Where(repository => repository.Owner == StandInData.User).ToArray();
        return StandInData.AuthenticatedUserJson(ApiBase(context), owned.Count(r => !r.Private), owned.Count(r => r.Private));
    }

    private string? Authenticate(string authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return "Requires authentication";
        }

        string[] parts = authorization.Split(' ', 2, StringSplitOptions.TrimEntries);
        string? token = parts.Length == 2 && (parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[0].Equals("token", StringComparison.OrdinalIgnoreCase))
            ? parts[1]
            : parts.Length == 2 && parts[0].Equals("Basic", StringComparison.OrdinalIgnoreCase) ? BasicPassword(parts[1]) : null;
        bool valid = token is { Length: > 0 }
            && (_options.RequiredToken is null || string.Equals(token, _options.RequiredToken, StringComparison.Ordinal));
        return valid ? null : "Bad credentials";
    }

    // GitHub takes a token as the password of Basic authentication; the user name must be there but is not checked.
    private static string? BasicPassword(string encoded)
    {
        try
        {
            string[] pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split(':', 2);
            return pair.Length == 2 && pair[0].Length > 0 ? pair[1] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private void WriteRateLimitHeaders(HttpResponse response, bool authenticated)
    {
        int limit = authenticated ? RateLimit : 60;
        int used = authenticated ? Interlocked.Increment(ref _rateLimitUsed) : 1;
        response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = Math.Max(0, limit - used).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = _rateLimitReset.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Used"] = used.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Resource"] = "core";
    }

    private static Uri ApiBase(HttpContext context) =>
        new(context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase + "/");

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues values) && values.Count > 0 ? values[^1] : null;

    private static JsonObject Error(string message, string documentation, int status) => new()
    {
        ["message"] = message,
        ["documentation_url"] = documentation,
        ["status"] = status.ToString(CultureInfo.InvariantCulture),
    };

    private static JsonObject ValidationFailed(string resource, string field, string code, string documentation) => new()
    {
        ["message"] = "Validation Failed",
        ["errors"] = new JsonArray(new JsonObject { ["resource"] = resource, ["field"] = field, ["code"] = code }),
        ["documentation_url"] = documentation,
        ["status"] = "422",
    };

    private static Task WriteJsonAsync(HttpContext context, int status, JsonNode json) =>
        WriteRawJsonAsync(context, status, json.ToJsonString(JsonOptions));

    private static async Task WriteRawJsonAsync(HttpContext context, int status, string json)
    {
        HttpResponse response = context.Response;
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        if (status is >= 200 and < 300)
        {
            response.Headers.ETag = "W/\"" + Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16) + "\"";
            response.Headers.CacheControl = "private, max-age=60, s-maxage=60";
        }

        await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Lets the embedding process keep its own Ctrl+C handling.</summary>
    private sealed class PassiveLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
