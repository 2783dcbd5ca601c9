namespace OpenApiClientGen.Bench.Peers.Contenders;

/// <summary>The clients compared; <see cref="Raw"/> is the floor every ratio is taken against.</summary>
public enum Contender
{
    /// <summary>HttpClient + System.Text.Json's source generator over plain models, paging by hand.</summary>
    Raw,

    /// <summary>This project's generated GitHub client (repos tag).</summary>
    Generated,

    /// <summary>Octokit.net.</summary>
    Octokit,

    /// <summary>Refit with a hand-declared interface and System.Text.Json's source generator.</summary>
    Refit,

    /// <summary>A Kiota client generated from the same description (Kiota/).</summary>
    Kiota,
}

/// <summary>
/// One client doing what the comparison measures. Each call returns a number taken from the result (an id or a count)
/// so nothing is optimized away and the harness can check that every client read the same thing.
/// </summary>
internal interface IPeerClient : IDisposable
{
    /// <summary>GET /repos/{owner}/{repo}: the id of the full repository.</summary>
    Task<long> GetRepositoryAsync();

    /// <summary>GET /user/repos?per_page=30: the number of repositories.</summary>
    Task<int> ListRepositoriesAsync();

    /// <summary>Every page of /user/repos (three), following the Link header: the number of repositories.</summary>
    Task<int> ReadAllPagesAsync();
}

internal static class PeerClients
{
    public const string Owner = "octocat";
    public const string Repo = "Hello-World";

    public static IPeerClient Create(Contender contender, Uri baseUri) => contender switch
    {
        Contender.Raw => new RawClient(baseUri),
        Contender.Generated => new GeneratedClient(baseUri),
        Contender.Octokit => new OctokitClient(baseUri),
        Contender.Refit => new RefitClient(baseUri),
        Contender.Kiota => new KiotaClient(baseUri),
        _ => throw new ArgumentOutOfRangeException(nameof(contender), contender, null),
    };

    /// <summary>Fails unless the client read what the server sent, so no contender is timed doing less.</summary>
    public static async Task VerifyAsync(IPeerClient client, Contender contender)
    {
        const long ExampleId = 1296269;
        (long id, int listed, int paged) = (await client.GetRepositoryAsync(), await client.ListRepositoriesAsync(), await client.ReadAllPagesAsync());
        if (id != ExampleId || listed != Server.PeerServer.PageSize || paged != Server.PeerServer.PageSize * Server.PeerServer.Pages)
        {
            throw new InvalidOperationException($"{contender} read id {id}, {listed} repositories and {paged} over all pages.");
        }
    }
}
