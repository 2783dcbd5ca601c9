using System.Globalization;
using System.Text.Json.Nodes;

namespace GitHubRepos.StandIn;

/// <summary>An account as the stand-in knows it.</summary>
public sealed record StandInAccount(string Login, long Id, string NodeId, string Type);

/// <summary>A license as GitHub describes it in repository payloads.</summary>
public sealed record StandInLicense(string Key, string Name, string SpdxId, string NodeId);

/// <summary>One repository of the stand-in's data set; <see cref="StandInData.RepositoryJson"/> turns it into GitHub's JSON shape.</summary>
public sealed record StandInRepository(
    long Id,
    StandInAccount Owner,
    string Name,
    string? Description,
    string? Language,
    long Stars,
    long Forks,
    StandInLicense? License,
    string CreatedAt,
    string UpdatedAt,
    string PushedAt,
    string[] Topics,
    bool Private = false,
    bool Fork = false,
    bool Archived = false,
    string? Homepage = null,
    long OpenIssues = 0,
    long Size = 0,
    string DefaultBranch = "main",
    string Affiliation = "owner")
{
    /// <summary>owner/name.</summary>
    public string FullName => Owner.Login + "/" + Name;

    /// <summary>"public" or "private".</summary>
    public string Visibility => Private ? "private" : "public";

    /// <summary>The last update as a timestamp.</summary>
    public DateTimeOffset Updated => DateTimeOffset.Parse(UpdatedAt, CultureInfo.InvariantCulture);

    /// <summary>The creation time as a timestamp.</summary>
    public DateTimeOffset Created => DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture);

    /// <summary>The last push as a timestamp.</summary>
    public DateTimeOffset Pushed => DateTimeOffset.Parse(PushedAt, CultureInfo.InvariantCulture);
}

/// <summary>
/// The demo data the stand-in serves: one user, the repositories it owns and a few it reaches as a collaborator
/// or organization member, all shaped like api.github.com's payloads.
/// </summary>
public static class StandInData
{
    /// <summary>The token the stand-in accepts by default (as <c>Bearer</c> or <c>token</c>).</summary>
    public const string DemoToken = "ghp_DemoToken0000000000000000000000000000";

    private static readonly StandInLicense Mit = new("mit", "MIT License", "MIT", "MDc6TGljZW5zZTEz");
    private static readonly StandInLicense Apache = new("apache-2.0", "Apache License 2.0", "Apache-2.0", "MDc6TGljZW5zZTI=");
    private static readonly StandInLicense Bsd3 = new("bsd-3-clause", "BSD 3-Clause \"New\" or \"Revised\" License", "BSD-3-Clause", "MDc6TGljZW5zZTU=");

    /// <summary>The authenticated user.</summary>
    public static StandInAccount User { get; } = new("octo-dev", 90412337, "U_kgDOBWOg0Q", "User");

    /// <summary>An organization the user belongs to.</summary>
    public static StandInAccount Organization { get; } = new("octo-labs", 71830044, "O_kgDOBEgVHA", "Organization");

    /// <summary>Another user who added <see cref="User"/> as a collaborator.</summary>
    public static StandInAccount Collaborator { get; } = new("lena-ivanova", 38811203, "MDQ6VXNlcjM4ODExMjAz", "User");

    /// <summary>Every repository the user can reach, in no particular order (the server sorts).</summary>
    public static IReadOnlyList<StandInRepository> Repositories { get; } = new StandInRepository[]
    {
        new(345120871, User, "aurora-cache", "Embeddable LRU/LFU cache with TTLs and metrics", "Rust", 1204, 57, Mit,
            "2021-03-14T09:21:44Z", "2025-06-12T17:03:11Z", "2025-06-12T17:03:08Z", ["cache", "rust", "lru"], OpenIssues: 14, Size: 2188),
        new(412883190, User, "blueprint-cli", "Scaffold services from opinionated templates", "Go", 342, 21, Apache,
            "2021-09-02T14:45:10Z", "2025-04-28T08:12:54Z", "2025-04-27T21:40:02Z", ["cli", "scaffolding", "templates"], OpenIssues: 6, Size: 941),
        new(298771402, User, "cinder-ui", "Accessible React component kit with zero runtime CSS", "TypeScript", 2871, 233, Mit,
            "2020-10-19T11:02:37Z", "2025-07-01T10:44:19Z", "2025-07-01T10:44:15Z", ["react", "a11y", "design-system"], Homepage: "https://cinder-ui.example.dev", OpenIssues: 41, Size: 15320),
        new(187442019, User, "dotfiles", "My shell, editor and git configuration", "Shell", 48, 6, null,
            "2019-05-23T19:30:00Z", "2025-02-10T22:18:40Z", "2025-02-10T22:18:37Z", [], Size: 312),
        new(501238877, User, "ember-metrics", "Prometheus exporter for background job queues", "C#", 163, 12, Mit,
            "2022-07-11T07:55:21Z", "2025-05-19T13:27:45Z", "2025-05-19T13:27:41Z", ["dotnet", "prometheus", "observability"], OpenIssues: 3, Size: 604),
        new(455601132, User, "fjord-parser", "Streaming parser for large CSV and TSV files", "C#", 590, 41, Mit,
            "2022-01-30T16:08:49Z", "2025-06-03T09:51:30Z", "2025-06-03T09:51:26Z", ["csv", "parser", "dotnet", "performance"], OpenIssues: 8, Size: 1477),
        new(367004551, User, "glacier-sync", "Incremental backups to S3 Glacier with client-side encryption", "Python", 77, 9, Bsd3,
            "2021-05-13T12:14:03Z", "2024-11-22T18:36:12Z", "2024-11-22T18:36:09Z", ["backup", "aws", "encryption"], OpenIssues: 2, Size: 288),
        new(322918664, User, "harbor-lights", "Static site for the Harbor Lights community project", "HTML", 12, 3, null,
            "2020-12-29T20:41:56Z", "2024-08-14T06:20:31Z", "2024-08-14T06:20:28Z", ["website"], Homepage: "https://harbor-lights.example.org", Size: 5120, DefaultBranch: "gh-pages"),
        new(389145720, User, "iris-notebooks", "Data exploration notebooks for the iris and penguins data sets", "Jupyter Notebook", 31, 8, null,
            "2021-07-24T10:03:12Z", "2024-03-02T15:09:58Z", "2024-03-02T15:09:55Z", ["data-science", "notebooks"], Size: 8650),
        new(478220913, User, "juniper-config", "Typed configuration loader for .NET with validation", "C#", 219, 17, Mit,
            "2022-03-27T08:19:40Z", "2025-06-20T12:00:03Z", "2025-06-20T11:59:59Z", ["dotnet", "configuration"], OpenIssues: 5, Size: 733),
        new(433987105, User, "kestrel-recipes", "Practical ASP.NET Core Kestrel samples: HTTP/3, TLS, limits", "C#", 405, 66, Mit,
            "2021-12-08T17:27:18Z", "2025-03-15T19:45:22Z", "2025-03-15T19:45:20Z", ["aspnetcore", "kestrel", "samples"], OpenIssues: 4, Size: 1103),
        new(612005478, User, "lantern-docs", null, null, 0, 0, null,
            "2023-02-06T21:11:09Z", "2023-02-06T21:11:09Z", "2023-02-06T21:11:10Z", [], Size: 0),
        new(276554310, User, "meridian-maps", "Vector tile server with on-the-fly simplification", "Go", 1530, 120, Apache,
            "2020-07-05T13:37:50Z", "2025-06-28T07:31:46Z", "2025-06-28T07:31:40Z", ["gis", "vector-tiles", "maps"], Homepage: "https://meridian-maps.example.dev", OpenIssues: 23, Size: 9832),
        new(523614987, User, "nebula-notes", "A tiny markdown note-taking app for Android", "Kotlin", 88, 10, Mit,
            "2022-09-14T18:22:31Z", "2024-12-30T11:47:05Z", "2024-12-30T11:47:01Z", ["android", "markdown"], OpenIssues: 7, Size: 2046),
        new(560731244, User, "octo-actions", "Reusable GitHub Actions workflows", null, 64, 14, Mit,
            "2022-11-01T09:00:12Z", "2025-05-30T16:15:47Z", "2025-05-30T16:15:44Z", ["github-actions", "ci"], OpenIssues: 1, Size: 96),
        new(401557926, User, "pebble-db", "Experiments with log-structured merge trees", "Rust", 256, 19, Apache,
            "2021-08-15T22:54:03Z", "2024-10-09T20:02:18Z", "2024-10-09T20:02:14Z", ["database", "lsm-tree"], OpenIssues: 9, Size: 1890),
        new(584407312, User, "quartz-scheduler-net", "Fork of Quartz.NET with cron extensions", "C#", 3, 1, Apache,
            "2023-01-05T10:12:44Z", "2024-06-18T08:30:00Z", "2024-06-18T08:29:57Z", [], Fork: true, Size: 24580),
        new(347889015, User, "river-logs", "Structured log shipper with back-pressure", "Go", 129, 11, Mit,
            "2021-03-22T15:40:29Z", "2025-01-21T14:22:36Z", "2025-01-21T14:22:33Z", ["logging", "observability"], OpenIssues: 4, Size: 522),
        new(263018774, User, "sextant", "Astronomy calculations for .NET: ephemerides, rise and set times", "C#", 712, 48, Mit,
            "2020-05-11T06:48:15Z", "2025-06-09T21:10:50Z", "2025-06-09T21:10:47Z", ["astronomy", "dotnet"], Homepage: "https://sextant.example.dev", OpenIssues: 12, Size: 3377),
        new(538120459, User, "terraform-modules", "Terraform modules for the homelab", "HCL", 23, 4, null,
            "2022-10-18T19:25:33Z", "2025-04-02T10:39:27Z", "2025-04-02T10:39:24Z", ["terraform", "homelab"], Size: 187),
        new(309442871, User, "umbra-theme", "Dark theme for VS Code, tuned for long sessions", null, 940, 71, Mit,
            "2020-11-27T23:14:40Z", "2025-03-28T17:58:12Z", "2025-03-28T17:58:09Z", ["vscode", "theme"], OpenIssues: 16, Size: 402),
        new(496310288, User, "vortex-bench", "Micro-benchmarks for open-addressing hash maps", "C++", 58, 5, Bsd3,
            "2022-06-04T13:06:57Z", "2024-09-03T12:44:31Z", "2024-09-03T12:44:27Z", ["benchmarks", "hashmap"], Size: 276),
        new(358812603, User, "willow-api", "Demo REST API with an OpenAPI description", "C#", 37, 9, Mit,
            "2021-04-17T09:31:22Z", "2023-11-12T16:05:40Z", "2023-04-02T08:17:13Z", ["openapi", "demo"], Archived: true, Size: 455),
        new(447720136, User, "xylo-synth", "Web Audio synthesizer with a step sequencer", "JavaScript", 301, 27, Mit,
            "2022-01-08T20:58:06Z", "2025-02-26T09:34:18Z", "2025-02-26T09:34:15Z", ["webaudio", "music"], Homepage: "https://xylo-synth.example.dev", OpenIssues: 5, Size: 1294),
        new(291665780, User, "zephyr-http", "Minimal HTTP/1.1 client for embedded devices", "C", 466, 38, Apache,
            "2020-09-30T07:19:45Z", "2025-05-07T05:52:29Z", "2025-05-07T05:52:26Z", ["embedded", "http"], OpenIssues: 11, Size: 808),

        // Private repositories of the user.
        new(620114592, User, "infra-secrets", "Sealed secrets for the homelab cluster", "HCL", 0, 0, null,
            "2023-03-03T18:40:12Z", "2025-06-30T20:11:03Z", "2025-06-30T20:11:00Z", [], Private: true, Size: 64),
        new(598237741, User, "job-applications", null, null, 0, 0, null,
            "2023-01-19T12:00:00Z", "2024-02-14T09:30:45Z", "2024-02-14T09:30:42Z", [], Private: true, Size: 12),
        new(655480319, User, "wedding-site", "RSVP site", "Vue", 1, 0, null,
            "2023-05-21T15:27:36Z", "2023-09-10T11:08:19Z", "2023-09-10T11:08:16Z", [], Private: true, Size: 3480),

        // Reached through organization membership and as a collaborator.
        new(402281955, Organization, "handbook", "How octo-labs works: processes, on-call and onboarding", null, 27, 13, null,
            "2021-08-18T08:00:00Z", "2025-06-25T13:14:15Z", "2025-06-25T13:14:12Z", ["handbook"], Affiliation: "organization_member", Size: 1520),
        new(402281977, Organization, "platform-api", "Internal platform API", "C#", 0, 0, null,
            "2021-08-18T08:05:31Z", "2025-07-02T07:45:00Z", "2025-07-02T07:44:57Z", [], Private: true, Affiliation: "organization_member", Size: 20480),
        new(517733062, Collaborator, "trail-journal", "Offline-first hiking journal for iOS", "Swift", 145, 12, Mit,
            "2022-08-29T17:16:02Z", "2025-05-11T18:20:44Z", "2025-05-11T18:20:40Z", ["ios", "swiftui"], Affiliation: "collaborator", OpenIssues: 6, Size: 2764),
    };

    /// <summary>The public repositories owned by <see cref="User"/>, ordered by full name as GitHub's default sort does.</summary>
    public static IReadOnlyList<StandInRepository> PublicOwnedRepositories { get; } = Repositories
        .Where(repository => !repository.Private && repository.Affiliation == "owner")
        .OrderBy(repository => repository.FullName, StringComparer.OrdinalIgnoreCase)
        .ToArray();

    /// <summary>The JSON GitHub sends for an account (the <c>simple-user</c> schema).</summary>
    public static JsonObject AccountJson(StandInAccount account, Uri apiBase)
    {
        string api = ApiUrl(apiBase, "users/" + account.Login);
        return new JsonObject
        {
            ["login"] = account.Login,
            ["id"] = account.Id,
            ["node_id"] = account.NodeId,
            ["avatar_url"] = $"https://avatars.githubusercontent.com/u/{account.Id}?v=4",
            ["gravatar_id"] = "",
            ["url"] = api,
            ["html_url"] = "https://github.com/" + account.Login,
            ["followers_url"] = api + "/followers",
            ["following_url"] = api + "/following{/other_user}",
            ["gists_url"] = api + "/gists{/gist_id}",
            ["starred_url"] = api + "/starred{/owner}{/repo}",
            ["subscriptions_url"] = api + "/subscriptions",
            ["organizations_url"] = api + "/orgs",
            ["repos_url"] = api + "/repos",
            ["events_url"] = api + "/events{/privacy}",
            ["received_events_url"] = api + "/received_events",
            ["type"] = account.Type,
            ["user_view_type"] = "public",
            ["site_admin"] = false,
        };
    }

    /// <summary>The JSON GitHub sends for the authenticated user on <c>GET /user</c> (the <c>private-user</c> schema).</summary>
    public static JsonObject AuthenticatedUserJson(Uri apiBase, int publicRepos, int privateRepos)
    {
        JsonObject user = AccountJson(User, apiBase);
        user["user_view_type"] = "private";
        user["name"] = "Octo Developer";
        user["company"] = "@octo-labs";
        user["blog"] = "https://octo-dev.example.dev";
        user["location"] = "Lisbon, Portugal";
        user["email"] = null;
        user["hireable"] = null;
        user["bio"] = "Builds small, sharp tools.";
        user["twitter_username"] = null;
        user["notification_email"] = null;
        user["public_repos"] = publicRepos;
        user["public_gists"] = 7;
        user["followers"] = 412;
        user["following"] = 38;
        user["created_at"] = "2019-05-23T19:12:06Z";
        user["updated_at"] = "2025-06-30T20:15:41Z";
        user["private_gists"] = 2;
        user["total_private_repos"] = privateRepos;
        user["owned_private_repos"] = privateRepos;
        user["disk_usage"] = 91817;
        user["collaborators"] = 1;
        user["two_factor_authentication"] = true;
        user["plan"] = new JsonObject
        {
            ["name"] = "pro",
            ["space"] = 976562499,
            ["collaborators"] = 0,
            ["private_repos"] = 9999,
        };
        return user;
    }

    /// <summary>
    /// The JSON GitHub sends for a repository: the <c>repository</c> schema of list responses, or with
    /// <paramref name="full"/> the <c>full-repository</c> schema of <c>GET /repos/{owner}/{repo}</c>.
    /// </summary>
    public static JsonObject RepositoryJson(StandInRepository repository, Uri apiBase, bool full)
    {
        string api = ApiUrl(apiBase, "repos/" + repository.FullName);
        string html = "https://github.com/" + repository.FullName;
        bool isOwner = repository.Affiliation == "owner";
        var json = new JsonObject
        {
            ["id"] = repository.Id,
            ["node_id"] = NodeId(repository.Id),
            ["name"] = repository.Name,
            ["full_name"] = repository.FullName,
            ["private"] = repository.Private,
            ["owner"] = AccountJson(repository.Owner, apiBase),
            ["html_url"] = html,
            ["description"] = repository.Description,
            ["fork"] = repository.Fork,
            ["url"] = api,
            ["forks_url"] = api + "/forks",
            ["keys_url"] = api + "/keys{/key_id}",
            ["collaborators_url"] = api + "/collaborators{/collaborator}",
            ["teams_url"] = api + "/teams",
            ["hooks_url"] = api + "/hooks",
            ["issue_events_url"] = api + "/issues/events{/number}",
            ["events_url"] = api + "/events",
            ["assignees_url"] = api + "/assignees{/user}",
            ["branches_url"] = api + "/branches{/branch}",
            ["tags_url"] = api + "/tags",
            ["blobs_url"] = api + "/git/blobs{/sha}",
            ["git_tags_url"] = api + "/git/tags{/sha}",
            ["git_refs_url"] = api + "/git/refs{/sha}",
            ["trees_url"] = api + "/git/trees{/sha}",
            ["statuses_url"] = api + "/statuses/{sha}",
            ["languages_url"] = api + "/languages",
            ["stargazers_url"] = api + "/stargazers",
            ["contributors_url"] = api + "/contributors",
            ["subscribers_url"] = api + "/subscribers",
            ["subscription_url"] = api + "/subscription",
            ["commits_url"] = api + "/commits{/sha}",
            ["git_commits_url"] = api + "/git/commits{/sha}",
            ["comments_url"] = api + "/comments{/number}",
            ["issue_comment_url"] = api + "/issues/comments{/number}",
            ["contents_url"] = api + "/contents/{+path}",
            ["compare_url"] = api + "/compare/{base}...{head}",
            ["merges_url"] = api + "/merges",
            ["archive_url"] = api + "/{archive_format}{/ref}",
            ["downloads_url"] = api + "/downloads",
            ["issues_url"] = api + "/issues{/number}",
            ["pulls_url"] = api + "/pulls{/number}",
            ["milestones_url"] = api + "/milestones{/number}",
            ["notifications_url"] = api + "/notifications{?since,all,participating}",
            ["labels_url"] = api + "/labels{/name}",
            ["releases_url"] = api + "/releases{/id}",
            ["deployments_url"] = api + "/deployments",
            ["created_at"] = repository.CreatedAt,
            ["updated_at"] = repository.UpdatedAt,
            ["pushed_at"] = repository.PushedAt,
            ["git_url"] = "git://github.com/" + repository.FullName + ".git",
            ["ssh_url"] = "git@github.com:" + repository.FullName + ".git",
            ["clone_url"] = html + ".git",
            ["svn_url"] = html,
            ["homepage"] = repository.Homepage,
            ["size"] = repository.Size,
            ["stargazers_count"] = repository.Stars,
            ["watchers_count"] = repository.Stars,
            ["language"] = repository.Language,
            ["has_issues"] = true,
            ["has_projects"] = true,
            ["has_downloads"] = true,
            ["has_wiki"] = !repository.Fork,
            ["has_pages"] = repository.Homepage is not null,
            ["has_discussions"] = repository.Stars > 500,
            ["forks_count"] = repository.Forks,
            ["mirror_url"] = null,
            ["archived"] = repository.Archived,
            ["disabled"] = false,
            ["open_issues_count"] = repository.OpenIssues,
            ["license"] = repository.License is { } license ? LicenseJson(license, apiBase) : null,
            ["allow_forking"] = true,
            ["is_template"] = false,
            ["web_commit_signoff_required"] = false,
            ["topics"] = new JsonArray(repository.Topics.Select(topic => (JsonNode?)JsonValue.Create(topic)).ToArray()),
            ["visibility"] = repository.Visibility,
            ["forks"] = repository.Forks,
            ["open_issues"] = repository.OpenIssues,
            ["watchers"] = repository.Stars,
            ["default_branch"] = repository.DefaultBranch,
            ["permissions"] = new JsonObject
            {
                ["admin"] = isOwner,
                ["maintain"] = isOwner,
                ["push"] = true,
                ["triage"] = true,
                ["pull"] = true,
            },
        };

        if (full)
        {
            json["temp_clone_token"] = "";
            json["allow_squash_merge"] = true;
            json["allow_merge_commit"] = true;
            json["allow_rebase_merge"] = true;
            json["allow_auto_merge"] = false;
            json["delete_branch_on_merge"] = true;
            json["allow_update_branch"] = false;
            json["use_squash_pr_title_as_default"] = true;
            json["squash_merge_commit_message"] = "COMMIT_MESSAGES";
            json["squash_merge_commit_title"] = "COMMIT_OR_PR_TITLE";
            json["merge_commit_message"] = "PR_TITLE";
            json["merge_commit_title"] = "MERGE_MESSAGE";
            json["custom_properties"] = new JsonObject();
            json["organization"] = repository.Owner.Type == "Organization" ? AccountJson(repository.Owner, apiBase) : null;
            json["network_count"] = repository.Forks;
            json["subscribers_count"] = Math.Max(1, repository.Stars / 25);
        }

        return json;
    }

    /// <summary>The JSON of <c>GET /repos/{owner}/{repo}/git/ref/heads/{branch}</c>.</summary>
    public static JsonObject BranchRefJson(StandInRepository repository, Uri apiBase)
    {
        string api = ApiUrl(apiBase, "repos/" + repository.FullName);
        string sha = CommitSha(repository);
        return new JsonObject
        {
            ["ref"] = "refs/heads/" + repository.DefaultBranch,
            ["node_id"] = "REF_kwDO" + Convert.ToBase64String(BitConverter.GetBytes(repository.Id)).TrimEnd('='),
            ["url"] = api + "/git/refs/heads/" + repository.DefaultBranch,
            ["object"] = new JsonObject
            {
                ["sha"] = sha,
                ["type"] = "commit",
                ["url"] = api + "/git/commits/" + sha,
            },
        };
    }

    /// <summary>A stable, realistic-looking commit SHA for the head of the default branch.</summary>
    public static string CommitSha(StandInRepository repository)
    {
        byte[] hash = System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(repository.FullName + "@" + repository.PushedAt));
        return Convert.ToHexStringLower(hash);
    }

    private static JsonObject LicenseJson(StandInLicense license, Uri apiBase) => new()
    {
        ["key"] = license.Key,
        ["name"] = license.Name,
        ["spdx_id"] = license.SpdxId,
        ["url"] = ApiUrl(apiBase, "licenses/" + license.Key),
        ["node_id"] = license.NodeId,
    };

    private static string NodeId(long id) =>
        "R_kgDO" + Convert.ToBase64String(BitConverter.GetBytes((uint)id)).TrimEnd('=').Replace('+', 'x').Replace('/', 'y');

    private static string ApiUrl(Uri apiBase, string relative) => new Uri(apiBase, relative).AbsoluteUri;
}
