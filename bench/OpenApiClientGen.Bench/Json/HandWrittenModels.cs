using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGen.Bench.Json;

// Hand-written equivalents of the generated GitHub models for the members the payload carries, with the same C#
// types (long for integers, DateTimeOffset? for timestamps, nullable references where GitHub sends null) and the
// same bag for unknown members, serialized by System.Text.Json's own source generator.

internal sealed class HandWrittenRepository
{
    public long Id { get; set; }
    public string NodeId { get; set; } = default!;
    public string Name { get; set; } = default!;
    public string FullName { get; set; } = default!;
    public bool Private { get; set; }
    public HandWrittenSimpleUser Owner { get; set; } = default!;
    public string HtmlUrl { get; set; } = default!;
    public string? Description { get; set; }
    public bool Fork { get; set; }
    public string Url { get; set; } = default!;
    public string ForksUrl { get; set; } = default!;
    public string KeysUrl { get; set; } = default!;
    public string CollaboratorsUrl { get; set; } = default!;
    public string TeamsUrl { get; set; } = default!;
    public string HooksUrl { get; set; } = default!;
    public string IssueEventsUrl { get; set; } = default!;
    public string EventsUrl { get; set; } = default!;
    public string AssigneesUrl { get; set; } = default!;
    public string BranchesUrl { get; set; } = default!;
    public string TagsUrl { get; set; } = default!;
    public string BlobsUrl { get; set; } = default!;
    public string GitTagsUrl { get; set; } = default!;
    public string GitRefsUrl { get; set; } = default!;
    public string TreesUrl { get; set; } = default!;
    public string StatusesUrl { get; set; } = default!;
    public string LanguagesUrl { get; set; } = default!;
    public string StargazersUrl { get; set; } = default!;
    public string ContributorsUrl { get; set; } = default!;
    public string SubscribersUrl { get; set; } = default!;
    public string SubscriptionUrl { get; set; } = default!;
    public string CommitsUrl { get; set; } = default!;
    public string GitCommitsUrl { get; set; } = default!;
    public string CommentsUrl { get; set; } = default!;
    public string IssueCommentUrl { get; set; } = default!;
    public string ContentsUrl { get; set; } = default!;
    public string CompareUrl { get; set; } = default!;
    public string MergesUrl { get; set; } = default!;
    public string ArchiveUrl { get; set; } = default!;
    public string DownloadsUrl { get; set; } = default!;
    public string IssuesUrl { get; set; } = default!;
    public string PullsUrl { get; set; } = default!;
    public string MilestonesUrl { get; set; } = default!;
    public string NotificationsUrl { get; set; } = default!;
    public string LabelsUrl { get; set; } = default!;
    public string ReleasesUrl { get; set; } = default!;
    public string DeploymentsUrl { get; set; } = default!;
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public DateTimeOffset? PushedAt { get; set; }
    public string GitUrl { get; set; } = default!;
    public string SshUrl { get; set; } = default!;
    public string CloneUrl { get; set; } = default!;
    public string SvnUrl { get; set; } = default!;
    public string? Homepage { get; set; }
    public long Size { get; set; }
    public long StargazersCount { get; set; }
    public long WatchersCount { get; set; }
    public string? Language { get; set; }
    public bool HasIssues { get; set; }
    public bool HasProjects { get; set; }
    public bool HasDownloads { get; set; }
    public bool HasWiki { get; set; }
    public bool HasPages { get; set; }
    public bool? HasDiscussions { get; set; }
    public long ForksCount { get; set; }
    public string? MirrorUrl { get; set; }
    public bool Archived { get; set; }
    public bool Disabled { get; set; }
    public long OpenIssuesCount { get; set; }
    public HandWrittenLicense? License { get; set; }
    public bool? AllowForking { get; set; }
    public bool? IsTemplate { get; set; }
    public bool? WebCommitSignoffRequired { get; set; }
    public IReadOnlyList<string>? Topics { get; set; }
    public string? Visibility { get; set; }
    public long Forks { get; set; }
    public long OpenIssues { get; set; }
    public long Watchers { get; set; }
    public string DefaultBranch { get; set; } = default!;
    public HandWrittenPermissions? Permissions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

internal sealed class HandWrittenSimpleUser
{
    public string Login { get; set; } = default!;
    public long Id { get; set; }
    public string NodeId { get; set; } = default!;
    public string AvatarUrl { get; set; } = default!;
    public string? GravatarId { get; set; }
    public string Url { get; set; } = default!;
    public string HtmlUrl { get; set; } = default!;
    public string FollowersUrl { get; set; } = default!;
    public string FollowingUrl { get; set; } = default!;
    public string GistsUrl { get; set; } = default!;
    public string StarredUrl { get; set; } = default!;
    public string SubscriptionsUrl { get; set; } = default!;
    public string OrganizationsUrl { get; set; } = default!;
    public string ReposUrl { get; set; } = default!;
    public string EventsUrl { get; set; } = default!;
    public string ReceivedEventsUrl { get; set; } = default!;
    public string Type { get; set; } = default!;
    public string? UserViewType { get; set; }
    public bool SiteAdmin { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

internal sealed class HandWrittenLicense
{
    public string Key { get; set; } = default!;
    public string Name { get; set; } = default!;
    public string? SpdxId { get; set; }
    public string? Url { get; set; }
    public string NodeId { get; set; } = default!;

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

internal sealed class HandWrittenPermissions
{
    public bool Admin { get; set; }
    public bool? Maintain { get; set; }
    public bool Push { get; set; }
    public bool? Triage { get; set; }
    public bool Pull { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>System.Text.Json's own source generator over the hand-written models: the baseline.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<HandWrittenRepository>))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
internal sealed partial class HandWrittenJsonContext : JsonSerializerContext;
