using System.Text.Json;

namespace OpenApiClientGen.Bench.Json;

/// <summary>
/// A realistic <c>GET /user/repos</c> response: an array of repositories with the members GitHub sends for each
/// (owner as a simple user, license, permissions, topics, the URL templates, counters and timestamps).
/// Deterministic: the same bytes on every run.
/// </summary>
internal static class RepositoryPayload
{
    private static readonly string[] Languages = ["C#", "TypeScript", "Go", "Rust", "Python", "Java", "C++", "Shell"];
    private static readonly string[] Topics = ["api", "cli", "dotnet", "openapi", "http", "codegen", "json", "sdk", "testing", "tooling"];
    private static readonly (string Key, string Name, string Spdx)[] Licenses =
    [
        ("mit", "MIT License", "MIT"),
        ("apache-2.0", "Apache License 2.0", "Apache-2.0"),
        ("bsd-3-clause", "BSD 3-Clause \"New\" or \"Revised\" License", "BSD-3-Clause"),
    ];

    public static byte[] Create(int count)
    {
        var random = new Random(20240611);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (int i = 0; i < count; i++)
            {
                WriteRepository(json, random, i);
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static void WriteRepository(Utf8JsonWriter json, Random random, int index)
    {
        long id = 1_296_269 + (index * 7919L);
        string owner = index % 3 == 0 ? "octo-org" : "octocat";
        string name = $"repo-{index:000}-{Languages[index % Languages.Length].ToLowerInvariant().Replace("#", "sharp", StringComparison.Ordinal).Replace("+", "p", StringComparison.Ordinal)}";
        string fullName = owner + "/" + name;
        string api = "https://api.github.com/repos/" + fullName;
        var created = new DateTimeOffset(2011, 1, 26, 19, 1, 12, TimeSpan.Zero).AddDays(index * 13).AddSeconds(random.Next(86_400));

        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteString("node_id", "MDEwOlJlcG9zaXRvcnkx" + id.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("name", name);
        json.WriteString("full_name", fullName);
        json.WriteBoolean("private", index % 5 == 0);
        json.WritePropertyName("owner");
        WriteOwner(json, owner, index % 3 == 0 ? 9_919 : 583_231);
        json.WriteString("html_url", "https://github.com/" + fullName);
        if (index % 4 == 0)
        {
            json.WriteNull("description");
        }
        else
        {
            json.WriteString("description", $"A {Languages[index % Languages.Length]} project number {index}: tools, samples and tests for the \"{name}\" service.");
        }

        json.WriteBoolean("fork", index % 7 == 0);
        json.WriteString("url", api);
        json.WriteString("forks_url", api + "/forks");
        json.WriteString("keys_url", api + "/keys{/key_id}");
        json.WriteString("collaborators_url", api + "/collaborators{/collaborator}");
        json.WriteString("teams_url", api + "/teams");
        json.WriteString("hooks_url", api + "/hooks");
        json.WriteString("issue_events_url", api + "/issues/events{/number}");
        json.WriteString("events_url", api + "/events");
        json.WriteString("assignees_url", api + "/assignees{/user}");
        json.WriteString("branches_url", api + "/branches{/branch}");
        json.WriteString("tags_url", api + "/tags");
        json.WriteString("blobs_url", api + "/git/blobs{/sha}");
        json.WriteString("git_tags_url", api + "/git/tags{/sha}");
        json.WriteString("git_refs_url", api + "/git/refs{/sha}");
        json.WriteString("trees_url", api + "/git/trees{/sha}");
        json.WriteString("statuses_url", api + "/statuses/{sha}");
        json.WriteString("languages_url", api + "/languages");
        json.WriteString("stargazers_url", api + "/stargazers");
        json.WriteString("contributors_url", api + "/contributors");
        json.WriteString("subscribers_url", api + "/subscribers");
        json.WriteString("subscription_url", api + "/subscription");
        json.WriteString("commits_url", api + "/commits{/sha}");
        json.WriteString("git_commits_url", api + "/git/commits{/sha}");
        json.WriteString("comments_url", api + "/comments{/number}");
        json.WriteString("issue_comment_url", api + "/issues/comments{/number}");
        json.WriteString("contents_url", api + "/contents/{+path}");
        json.WriteString("compare_url", api + "/compare/{base}...{head}");
        json.WriteString("merges_url", api + "/merges");
        json.WriteString("archive_url", api + "/{archive_format}{/ref}");
        json.WriteString("downloads_url", api + "/downloads");
        json.WriteString("issues_url", api + "/issues{/number}");
        json.WriteString("pulls_url", api + "/pulls{/number}");
        json.WriteString("milestones_url", api + "/milestones{/number}");
        json.WriteString("notifications_url", api + "/notifications{?since,all,participating}");
        json.WriteString("labels_url", api + "/labels{/name}");
        json.WriteString("releases_url", api + "/releases{/id}");
        json.WriteString("deployments_url", api + "/deployments");
        json.WriteString("created_at", created);
        json.WriteString("updated_at", created.AddDays(random.Next(1, 900)).AddSeconds(random.Next(86_400)));
        json.WriteString("pushed_at", created.AddDays(random.Next(1, 900)).AddSeconds(random.Next(86_400)));
        json.WriteString("git_url", "git://github.com/" + fullName + ".git");
        json.WriteString("ssh_url", "git@github.com:" + fullName + ".git");
        json.WriteString("clone_url", "https://github.com/" + fullName + ".git");
        json.WriteString("svn_url", "https://github.com/" + fullName);
        if (index % 3 == 0)
        {
            json.WriteString("homepage", "https://" + owner + ".github.io/" + name);
        }
        else
        {
            json.WriteNull("homepage");
        }

        int stars = random.Next(0, 90_000);
        int forks = random.Next(0, 9_000);
        int issues = random.Next(0, 700);
        json.WriteNumber("size", random.Next(10, 250_000));
        json.WriteNumber("stargazers_count", stars);
        json.WriteNumber("watchers_count", stars);
        json.WriteString("language", Languages[index % Languages.Length]);
        json.WriteBoolean("has_issues", true);
        json.WriteBoolean("has_projects", index % 2 == 0);
        json.WriteBoolean("has_downloads", true);
        json.WriteBoolean("has_wiki", index % 3 != 0);
        json.WriteBoolean("has_pages", index % 6 == 0);
        json.WriteBoolean("has_discussions", index % 4 == 1);
        json.WriteNumber("forks_count", forks);
        json.WriteNull("mirror_url");
        json.WriteBoolean("archived", index % 11 == 0);
        json.WriteBoolean("disabled", false);
        json.WriteNumber("open_issues_count", issues);
        if (index % 5 == 4)
        {
            json.WriteNull("license");
        }
        else
        {
            (string key, string licenseName, string spdx) = Licenses[index % Licenses.Length];
            json.WriteStartObject("license");
            json.WriteString("key", key);
            json.WriteString("name", licenseName);
            json.WriteString("spdx_id", spdx);
            json.WriteString("url", "https://api.github.com/licenses/" + key);
            json.WriteString("node_id", "MDc6TGljZW5zZW" + key.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteBoolean("allow_forking", true);
        json.WriteBoolean("is_template", index % 9 == 0);
        json.WriteBoolean("web_commit_signoff_required", false);
        json.WriteStartArray("topics");
        int topicCount = random.Next(0, 6);
        for (int t = 0; t < topicCount; t++)
        {
            json.WriteStringValue(Topics[(index + (t * 3)) % Topics.Length]);
        }

        json.WriteEndArray();
        json.WriteString("visibility", index % 5 == 0 ? "private" : "public");
        json.WriteNumber("forks", forks);
        json.WriteNumber("open_issues", issues);
        json.WriteNumber("watchers", stars);
        json.WriteString("default_branch", index % 4 == 0 ? "master" : "main");
        json.WriteStartObject("permissions");
        json.WriteBoolean("admin", index % 3 != 0);
        json.WriteBoolean("maintain", index % 3 != 0);
        json.WriteBoolean("push", true);
        json.WriteBoolean("triage", true);
        json.WriteBoolean("pull", true);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOwner(Utf8JsonWriter json, string login, long id)
    {
        string api = "https://api.github.com/users/" + login;
        json.WriteStartObject();
        json.WriteString("login", login);
        json.WriteNumber("id", id);
        json.WriteString("node_id", "MDQ6VXNlcj" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("avatar_url", $"https://avatars.githubusercontent.com/u/{id}?v=4");
        json.WriteString("gravatar_id", "");
        json.WriteString("url", api);
        json.WriteString("html_url", "https://github.com/" + login);
        json.WriteString("followers_url", api + "/followers");
        json.WriteString("following_url", api + "/following{/other_user}");
        json.WriteString("gists_url", api + "/gists{/gist_id}");
        json.WriteString("starred_url", api + "/starred{/owner}{/repo}");
        json.WriteString("subscriptions_url", api + "/subscriptions");
        json.WriteString("organizations_url", api + "/orgs");
        json.WriteString("repos_url", api + "/repos");
        json.WriteString("events_url", api + "/events{/privacy}");
        json.WriteString("received_events_url", api + "/received_events");
        json.WriteString("type", login.EndsWith("-org", StringComparison.Ordinal) ? "Organization" : "User");
        json.WriteString("user_view_type", "public");
        json.WriteBoolean("site_admin", false);
        json.WriteEndObject();
    }
}
