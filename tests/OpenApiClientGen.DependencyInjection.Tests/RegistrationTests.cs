using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenApiClientGen.Runtime;
using Pets;

namespace OpenApiClientGen.DependencyInjection.Tests;

/// <summary>The generated <c>AddPetsClient</c> as an app uses it: a transient typed client on the factory's HttpClient.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task A_hosted_app_resolves_the_client_and_its_call_passes_the_users_handler()
    {
        await using CountingServer server = await CountingServer.StartAsync();
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<StampCount>().AddTransient<StampingHandler>();
        builder.Services.AddPetsClient(options =>
            {
                options.BaseAddress = server.BaseAddress;
                options.UserAgent = "pets-app/1.0";
            })
            .AddHttpMessageHandler<StampingHandler>();
        using IHost host = builder.Build();

        Pet pet = await host.Services.GetRequiredService<PetsClient>().Pets.GetAsync(1);

        Assert.Equal("Rex", pet.Name);
        SeenRequest seen = Assert.Single(server.Requests);
        Assert.Equal("/v1/pets/1", seen.Path);
        Assert.Equal("pets-app/1.0", seen.UserAgent);
        Assert.Equal("stamped", seen.Stamp);
        Assert.Equal(1, host.Services.GetRequiredService<StampCount>().Seen);
    }

    [Fact]
    public async Task Each_resolution_is_a_new_client_and_disposing_one_leaves_the_factorys_handler_working()
    {
        await using CountingServer server = await CountingServer.StartAsync();
        var services = new ServiceCollection();
        services.AddPetsClient(options => options.BaseAddress = server.BaseAddress);
        await using ServiceProvider provider = services.BuildServiceProvider();

        PetsClient first = provider.GetRequiredService<PetsClient>();
        PetsClient second = provider.GetRequiredService<PetsClient>();
        await first.Pets.GetAsync(1);
        first.Dispose();
        await second.Pets.GetAsync(1);
        await provider.GetRequiredService<PetsClient>().Pets.GetAsync(1);

        Assert.NotSame(first, second);
        Assert.NotSame(first.Options, second.Options);
        Assert.Equal(3, server.Attempts);
    }

    [Fact]
    public async Task The_factorys_BaseAddress_is_used_when_the_options_name_none()
    {
        await using CountingServer server = await CountingServer.StartAsync();
        var services = new ServiceCollection();
        services.AddPetsClient().ConfigureHttpClient(http => http.BaseAddress = server.BaseAddress);
        await using ServiceProvider provider = services.BuildServiceProvider();

        PetsClient client = provider.GetRequiredService<PetsClient>();
        await client.Pets.GetAsync(1);

        Assert.Equal(server.BaseAddress, client.Core.BaseAddress);
        Assert.Equal("/v1/pets/1", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task Credentials_can_come_from_a_service_on_every_resolution()
    {
        await using CountingServer server = await CountingServer.StartAsync();
        var services = new ServiceCollection();
        services.AddSingleton<IAccessTokenProvider>(new FixedToken("from-di"));
        services.AddPetsClient(
            options => options.BaseAddress = server.BaseAddress,
            credentials: provider => ApiCredentials.OAuth(provider.GetRequiredService<IAccessTokenProvider>()));
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<PetsClient>().Pets.GetAsync(1);

        Assert.Equal("Bearer from-di", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task The_client_follows_redirects_itself_so_credentials_reach_the_same_origin()
    {
        await using CountingServer server = await CountingServer.StartAsync();
        var services = new ServiceCollection();
        services.AddPetsClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.Credentials = ApiCredentials.Token("t");
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<PetsClient>().Pets.GetAsync(2);

        Assert.Equal(new[] { ("/v1/pets/2", "Bearer t"), ("/v1/pets/1", "Bearer t") }, server.Requests.Select(r => (r.Path, r.Authorization)));
    }
}

internal sealed class FixedToken(string token) : IAccessTokenProvider
{
    public ValueTask<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => new(new AccessToken(token, null));
}
