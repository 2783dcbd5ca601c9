using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGen.Bench.Peers.Raw;

// Plain models of GitHub's full repository for every member of the description's "full-repository" example, with the
// generated client's C# types (long, bool, DateTimeOffset?, nullable references) and a bag for unknown members, read by
// System.Text.Json's own source generator: the floor the other clients are compared with.

/// <summary>GET /repos/{owner}/{repo}.</summary>
public sealed class RawFullRepository
{
    public long Id { get; set; }
    public string? NodeId { get; set; }
    public string? Name { get; set; }
    public string? FullName { get; set; }
    public RawUser? Owner { get; set; }
    public bool Private { get; set; }
    public string? HtmlUrl { get; set; }
    public string? Description { get; set; }
    public bool Fork { get; set; }
    public string? Url { get; set; }
    public string? ArchiveUrl { get; set; }
    public string? AssigneesUrl { get; set; }
    public string? BlobsUrl { get; set; }
    public string? BranchesUrl { get; set; }
    public string? CollaboratorsUrl { get; set; }
    public string? CommentsUrl { get; set; }
    public string? CommitsUrl { get; set; }
    public string? CompareUrl { get; set; }
    public string? ContentsUrl { get; set; }
    public string? ContributorsUrl { get; set; }
    public string? DeploymentsUrl { get; set; }
    public string? DownloadsUrl { get; set; }
    public string? EventsUrl { get; set; }
    public string? ForksUrl { get; set; }
    public string? GitCommitsUrl { get; set; }
    public string? GitRefsUrl { get; set; }
    public string? GitTagsUrl { get; set; }
    public string? GitUrl { get; set; }
    public string? IssueCommentUrl { get; set; }
    public string? IssueEventsUrl { get; set; }
    public string? IssuesUrl { get; set; }
    public string? KeysUrl { get; set; }
    public string? LabelsUrl { get; set; }
    public string? LanguagesUrl { get; set; }
    public string? MergesUrl { get; set; }
    public string? MilestonesUrl { get; set; }
    public string? NotificationsUrl { get; set; }
    public string? PullsUrl { get; set; }
    public string? ReleasesUrl { get; set; }
    public string? SshUrl { get; set; }
    public string? StargazersUrl { get; set; }
    public string? StatusesUrl { get; set; }
    public string? SubscribersUrl { get; set; }
    public string? SubscriptionUrl { get; set; }
    public string? TagsUrl { get; set; }
    public string? TeamsUrl { get; set; }
    public string? TreesUrl { get; set; }
    public string? CloneUrl { get; set; }
    public string? MirrorUrl { get; set; }
    public string? HooksUrl { get; set; }
    public string? SvnUrl { get; set; }
    public string? Homepage { get; set; }
    public RawLicense? License { get; set; }
    public string? Language { get; set; }
    public long ForksCount { get; set; }
    public long Forks { get; set; }
    public long StargazersCount { get; set; }
    public long WatchersCount { get; set; }
    public long Watchers { get; set; }
    public long Size { get; set; }
    public string? DefaultBranch { get; set; }
    public long OpenIssuesCount { get; set; }
    public long OpenIssues { get; set; }
    public bool IsTemplate { get; set; }
    public IReadOnlyList<string>? Topics { get; set; }
    public bool HasIssues { get; set; }
    public bool HasProjects { get; set; }
    public bool HasWiki { get; set; }
    public bool HasPages { get; set; }
    public bool HasDownloads { get; set; }
    public bool Archived { get; set; }
    public bool Disabled { get; set; }
    public string? Visibility { get; set; }
    public DateTimeOffset? PushedAt { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public RawPermissions? Permissions { get; set; }
    public bool AllowRebaseMerge { get; set; }
    public RawRepository? TemplateRepository { get; set; }
    public string? TempCloneToken { get; set; }
    public bool AllowSquashMerge { get; set; }
    public bool AllowAutoMerge { get; set; }
    public bool DeleteBranchOnMerge { get; set; }
    public bool AllowMergeCommit { get; set; }
    public bool AllowForking { get; set; }
    public bool WebCommitSignoffRequired { get; set; }
    public long SubscribersCount { get; set; }
    public long NetworkCount { get; set; }
    public RawUser? Organization { get; set; }
    public RawRepository? Parent { get; set; }
    public RawRepository? Source { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A repository nested in another (parent, source, template).</summary>
public sealed class RawRepository
{
    public long Id { get; set; }
    public string? NodeId { get; set; }
    public string? Name { get; set; }
    public string? FullName { get; set; }
    public RawUser? Owner { get; set; }
    public bool Private { get; set; }
    public string? HtmlUrl { get; set; }
    public string? Description { get; set; }
    public bool Fork { get; set; }
    public string? Url { get; set; }
    public string? ArchiveUrl { get; set; }
    public string? AssigneesUrl { get; set; }
    public string? BlobsUrl { get; set; }
    public string? BranchesUrl { get; set; }
    public string? CollaboratorsUrl { get; set; }
    public string? CommentsUrl { get; set; }
    public string? CommitsUrl { get; set; }
    public string? CompareUrl { get; set; }
    public string? ContentsUrl { get; set; }
    public string? ContributorsUrl { get; set; }
    public string? DeploymentsUrl { get; set; }
    public string? DownloadsUrl { get; set; }
    public string? EventsUrl { get; set; }
    public string? ForksUrl { get; set; }
    public string? GitCommitsUrl { get; set; }
    public string? GitRefsUrl { get; set; }
    public string? GitTagsUrl { get; set; }
    public string? GitUrl { get; set; }
    public string? IssueCommentUrl { get; set; }
    public string? IssueEventsUrl { get; set; }
    public string? IssuesUrl { get; set; }
    public string? KeysUrl { get; set; }
    public string? LabelsUrl { get; set; }
    public string? LanguagesUrl { get; set; }
    public string? MergesUrl { get; set; }
    public string? MilestonesUrl { get; set; }
    public string? NotificationsUrl { get; set; }
    public string? PullsUrl { get; set; }
    public string? ReleasesUrl { get; set; }
    public string? SshUrl { get; set; }
    public string? StargazersUrl { get; set; }
    public string? StatusesUrl { get; set; }
    public string? SubscribersUrl { get; set; }
    public string? SubscriptionUrl { get; set; }
    public string? TagsUrl { get; set; }
    public string? TeamsUrl { get; set; }
    public string? TreesUrl { get; set; }
    public string? CloneUrl { get; set; }
    public string? MirrorUrl { get; set; }
    public string? HooksUrl { get; set; }
    public string? SvnUrl { get; set; }
    public string? Homepage { get; set; }
    public string? Language { get; set; }
    public long ForksCount { get; set; }
    public long StargazersCount { get; set; }
    public long WatchersCount { get; set; }
    public long Size { get; set; }
    public string? DefaultBranch { get; set; }
    public long OpenIssuesCount { get; set; }
    public bool IsTemplate { get; set; }
    public IReadOnlyList<string>? Topics { get; set; }
    public bool HasIssues { get; set; }
    public bool HasProjects { get; set; }
    public bool HasWiki { get; set; }
    public bool HasPages { get; set; }
    public bool HasDownloads { get; set; }
    public bool Archived { get; set; }
    public bool Disabled { get; set; }
    public string? Visibility { get; set; }
    public DateTimeOffset? PushedAt { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public RawPermissions? Permissions { get; set; }
    public bool AllowRebaseMerge { get; set; }
    public string? TempCloneToken { get; set; }
    public bool AllowSquashMerge { get; set; }
    public bool AllowAutoMerge { get; set; }
    public bool DeleteBranchOnMerge { get; set; }
    public bool AllowMergeCommit { get; set; }
    public long SubscribersCount { get; set; }
    public long NetworkCount { get; set; }
    public RawLicense? License { get; set; }
    public long Forks { get; set; }
    public long OpenIssues { get; set; }
    public long Watchers { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An owner or organization.</summary>
public sealed class RawUser
{
    public string? Login { get; set; }
    public long Id { get; set; }
    public string? NodeId { get; set; }
    public string? AvatarUrl { get; set; }
    public string? GravatarId { get; set; }
    public string? Url { get; set; }
    public string? HtmlUrl { get; set; }
    public string? FollowersUrl { get; set; }
    public string? FollowingUrl { get; set; }
    public string? GistsUrl { get; set; }
    public string? StarredUrl { get; set; }
    public string? SubscriptionsUrl { get; set; }
    public string? OrganizationsUrl { get; set; }
    public string? ReposUrl { get; set; }
    public string? EventsUrl { get; set; }
    public string? ReceivedEventsUrl { get; set; }
    public string? Type { get; set; }
    public bool SiteAdmin { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A repository's license.</summary>
public sealed class RawLicense
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? Url { get; set; }
    public string? SpdxId { get; set; }
    public string? NodeId { get; set; }
    public string? HtmlUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The caller's permissions on a repository.</summary>
public sealed class RawPermissions
{
    public bool Pull { get; set; }
    public bool Push { get; set; }
    public bool Admin { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
