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

/// <summary>The stand-in's repository endpoints: list (filters, sorting, Link paging), create, get, git refs.</summary>
public sealed partial class GitHubStandIn
{
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
            // As a JsonNode: the generic Add<T> would wrap a value reflectively (not trimming or AOT safe).
            items.Add((JsonNode)StandInData.RepositoryJson(repository, apiBase, full: false));
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
}
