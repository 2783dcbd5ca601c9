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
public sealed class GitHubStandIn : IAsyncDisposable
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

    private Task ListRepositoriesAsync(HttpContext context)
    {
        IQueryCollection query = context.Request.Query;
        string? visibility = Single(query, "visibility");
        string? affiliation = Single(query, "affiliation");
        string? type = Single(query, "type");
        if (type is not null && (visibility is not null || affiliation is not null))
        {
            return WriteJsonAsync(context, 422, Error("If you specify visibility or affiliation, you cannot specify type.", ListDocs, 422));
        }

        string[] affiliations = (affiliation ?? "owner,collaborator,organization_member").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string sort = Single(query, "sort") ?? "full_name";
        string direction = Single(query, "direction") ?? (sort == "full_name" ? "asc" : "desc");
        DateTimeOffset? since = null;
        DateTimeOffset? before = null;
        string? invalid =
            visibility is not (null or "all" or "public" or "private") ? "visibility"
            : affiliations.Any(a => a is not ("owner" or "collaborator" or "organization_member")) ? "affiliation"
            : type is not (null or "all" or "owner" or "public" or "private" or "member") ? "type"
            : sort is not ("created" or "updated" or "pushed" or "full_name") ? "sort"
            : direction is not ("asc" or "desc") ? "direction"
            : !TryParseTime(Single(query, "since"), out since) ? "since"
            : !TryParseTime(Single(query, "before"), out before) ? "before"
            : null;
        if (invalid is not null)
        {
            return WriteJsonAsync(context, 422, ValidationFailed("Repository", invalid, "invalid", ListDocs));
        }

        IEnumerable<StandInRepository> selected = Snapshot().Where(repository =>
            type switch
            {
                "owner" => repository.Affiliation == "owner",
                "public" => !repository.Private,
                "private" => repository.Private,
                "member" => repository.Affiliation != "owner",
                "all" => true,
                _ => affiliations.Contains(repository.Affiliation)
                    && (visibility is null or "all" || repository.Visibility == visibility),
            }
            && (since is null || repository.Updated > since)
            && (before is null || repository.Updated < before));

        bool ascending = direction == "asc";
        StandInRepository[] sorted = (sort switch
        {
            "created" => Order(selected, r => r.Created, Comparer<DateTimeOffset>.Default, ascending),
            "updated" => Order(selected, r => r.Updated, Comparer<DateTimeOffset>.Default, ascending),
            "pushed" => Order(selected, r => r.Pushed, Comparer<DateTimeOffset>.Default, ascending),
            _ => Order(selected, r => r.FullName, StringComparer.OrdinalIgnoreCase, ascending),
        }).ToArray();

        int perPage = int.TryParse(Single(query, "per_page"), NumberStyles.None, CultureInfo.InvariantCulture, out int size) && size > 0
            ? Math.Min(size, MaxPageSize)
            : DefaultPageSize;
        int page = int.TryParse(Single(query, "page"), NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number > 0 ? number : 1;
        int lastPage = Math.Max(1, (sorted.Length + perPage - 1) / perPage);

        var links = new List<string>();
        if (page > 1)
        {
            links.Add($"<{PageLink(context.Request, page - 1)}>; rel=\"prev\"");
        }

        if (page < lastPage)
        {
            links.Add($"<{PageLink(context.Request, page + 1)}>; rel=\"next\"");
            links.Add($"<{PageLink(context.Request, lastPage)}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{PageLink(context.Request, 1)}>; rel=\"first\"");
        }

        if (links.Count > 0)
        {
            context.Response.Headers["Link"] = string.Join(", ", links);
        }

        Uri apiBase = ApiBase(context);
        var items = new JsonArray();
        foreach (StandInRepository repository in sorted.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * perPage)).Take(perPage))
        {
            items.Add(StandInData.RepositoryJson(repository, apiBase, full: false));
        }

        return WriteJsonAsync(context, 200, items);
    }

    private Task CreateRepositoryAsync(HttpContext context, string body)
    {
        JsonObject? input;
        try
        {
            input = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            input = null;
        }

        if (input is null)
        {
            return WriteJsonAsync(context, 400, Error("Problems parsing JSON", CreateDocs, 400));
        }

        if (!TryGetString(input, "name", out string? name) || string.IsNullOrWhiteSpace(name))
        {
            return WriteJsonAsync(context, 422, ValidationFailed("Repository", "name", "missing_field", CreateDocs));
        }

        string? description = TryGetString(input, "description", out string? text) ? text : null;
        string? homepage = TryGetString(input, "homepage", out string? url) ? url : null;
        bool isPrivate = input["private"] is JsonValue flag && flag.TryGetValue(out bool value) && value;
        string now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        StandInRepository created;
        lock (_repositoriesLock)
        {
            if (_repositories.Exists(r => r.Owner == StandInData.User && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                var error = new JsonObject
                {
                    ["message"] = "Repository creation failed.",
                    ["errors"] = new JsonArray(new JsonObject
                    {
                        ["resource"] = "Repository",
                        ["code"] = "custom",
                        ["field"] = "name",
                        ["message"] = "name already exists on this account",
                    }),
                    ["documentation_url"] = CreateDocs,
                    ["status"] = "422",
                };
                return WriteJsonAsync(context, 422, error);
            }

            created = new StandInRepository(
                Interlocked.Increment(ref _nextRepositoryId), StandInData.User, name, description, null, 0, 0, null, now, now, now, [],
                Private: isPrivate, Homepage: homepage);
            _repositories.Add(created);
        }

        context.Response.Headers.Location = new Uri(ApiBase(context), "repos/" + created.FullName).AbsoluteUri;
        return WriteJsonAsync(context, 201, StandInData.RepositoryJson(created, ApiBase(context), full: true));
    }

    private Task GetRepositoryAsync(HttpContext context, string owner, string name) =>
        Find(owner, name) is { } repository
            ? WriteJsonAsync(context, 200, StandInData.RepositoryJson(repository, ApiBase(context), full: true))
            : WriteJsonAsync(context, 404, Error("Not Found", Docs + "/repos/repos#get-a-repository", 404));

    private Task GetReferenceAsync(HttpContext context, string owner, string name, string reference) =>
        Find(owner, name) is { } repository && reference == "heads/" + repository.DefaultBranch
            ? WriteJsonAsync(context, 200, StandInData.BranchRefJson(repository, ApiBase(context)))
            : WriteJsonAsync(context, 404, Error("Not Found", Docs + "/git/refs#get-a-reference", 404));

    private StandInRepository? Find(string owner, string name) =>
        Snapshot().FirstOrDefault(r =>
            string.Equals(r.Owner.Login, owner, StringComparison.OrdinalIgnoreCase)
            && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private StandInRepository[] Snapshot()
    {
        lock (_repositoriesLock)
        {
            return _repositories.ToArray();
        }
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

    private static IOrderedEnumerable<StandInRepository> Order<TKey>(
        IEnumerable<StandInRepository> repositories, Func<StandInRepository, TKey> key, IComparer<TKey> comparer, bool ascending) =>
        ascending ? repositories.OrderBy(key, comparer) : repositories.OrderByDescending(key, comparer);

    private static string PageLink(HttpRequest request, int page)
    {
        // Keeps the caller's parameters in their order and encoding and replaces (or appends) page.
        var pairs = new List<string>();
        bool replaced = false;
        foreach (string pair in (request.QueryString.Value ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.StartsWith("page=", StringComparison.Ordinal) || pair == "page")
            {
                pairs.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
                replaced = true;
            }
            else
            {
                pairs.Add(pair);
            }
        }

        if (!replaced)
        {
            pairs.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return request.Scheme + "://" + request.Host + request.PathBase + request.Path + "?" + string.Join('&', pairs);
    }

    private static Uri ApiBase(HttpContext context) =>
        new(context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase + "/");

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues values) && values.Count > 0 ? values[^1] : null;

    private static bool TryParseTime(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool TryGetString(JsonObject json, string name, out string? value)
    {
        value = null;
        if (!json.TryGetPropertyValue(name, out JsonNode? node))
        {
            return false;
        }

        if (node is null)
        {
            return true;
        }

        return node is JsonValue text && text.TryGetValue(out value);
    }

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
