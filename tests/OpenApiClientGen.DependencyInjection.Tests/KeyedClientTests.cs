using Microsoft.Extensions.DependencyInjection;
using OpenApiClientGen.Runtime;
using Pets;

namespace OpenApiClientGen.DependencyInjection.Tests;

/// <summary>Two clients of one description with different credentials, as keyed services on their own named HttpClients.</summary>
public sealed class KeyedClientTests
{
    [Fact]
    public async Task Keyed_clients_send_their_own_credentials()
    {
        await using CountingServer server = await CountingServer.StartAsync();
        var services = new ServiceCollection();
        services.AddKeyedSingleton<IAccessTokenProvider>("bob", new FixedToken("bob-token"));
        services.AddPetsClient("alice", options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.Credentials = ApiCredentials.Token("alice-token");
        });
        services.AddPetsClient(
            "bob",
            options => options.BaseAddress = server.BaseAddress,
            credentials: provider => ApiCredentials.OAuth(provider.GetRequiredKeyedService<IAccessTokenProvider>("bob")));
        services.AddTransient<TwoAccounts>();
        await using ServiceProvider provider = services.BuildServiceProvider();

        TwoAccounts accounts = provider.GetRequiredService<TwoAccounts>();
        await accounts.Alice.Pets.GetAsync(1);
        await accounts.Bob.Pets.GetAsync(1);

        Assert.Equal(new[] { "Bearer alice-token", "Bearer bob-token" }, server.Requests.Select(r => r.Authorization));
        Assert.Null(provider.GetService<PetsClient>());
    }

    [Fact]
    public async Task Each_key_has_its_own_HttpClient_and_handler_chain()
    {
        await using CountingServer server = await CountingServer.StartAsync();
        var services = new ServiceCollection().AddSingleton<StampCount>().AddTransient<StampingHandler>();
        IHttpClientBuilder alice = services.AddPetsClient("alice", options => options.BaseAddress = server.BaseAddress);
        services.AddPetsClient("bob", options => options.BaseAddress = server.BaseAddress);
        alice.AddHttpMessageHandler<StampingHandler>();
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<PetsClient>("alice").Pets.GetAsync(1);
        await provider.GetRequiredKeyedService<PetsClient>("bob").Pets.GetAsync(1);

        Assert.Equal("PetsClient:alice", alice.Name);
        Assert.Equal(new[] { "stamped", string.Empty }, server.Requests.Select(r => r.Stamp));
    }

    private sealed class TwoAccounts([FromKeyedServices("alice")] PetsClient alice, [FromKeyedServices("bob")] PetsClient bob)
    {
        public PetsClient Alice { get; } = alice;

        public PetsClient Bob { get; } = bob;
    }
}
