using OpenApiClientGen.Bench.Peers.Contenders;

namespace OpenApiClientGen.Bench.Peers.Cold;

/// <summary>The child of a cold-start run: one client, one call, "done" on standard output.</summary>
internal static class FirstCall
{
    public const string Argument = "--first-call";
    public const string Done = "done";

    public static async Task<int> RunAsync(string contender, string baseUri)
    {
        using IPeerClient client = PeerClients.Create(Enum.Parse<Contender>(contender), new Uri(baseUri));
        long id = await client.GetRepositoryAsync();
        Console.WriteLine($"{Done} {id}");
        return 0;
    }
}
