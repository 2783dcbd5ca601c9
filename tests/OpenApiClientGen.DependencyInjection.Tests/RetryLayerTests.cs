using Microsoft.Extensions.DependencyInjection;
using OpenApiClientGen.Runtime;
using Polly;
using Pets;

namespace OpenApiClientGen.DependencyInjection.Tests;

/// <summary>One layer of retries: the client's own, or the chained resilience handler's, never both multiplied.</summary>
public sealed class RetryLayerTests
{
    [Fact]
    public async Task Without_a_resilience_handler_the_client_retries_itself()
    {
        await using CountingServer server = await CountingServer.StartAsync(failures: 2);
        var services = new ServiceCollection().AddSingleton<StampCount>().AddTransient<StampingHandler>();
        services.AddPetsClient(options =>
            {
                options.BaseAddress = server.BaseAddress;
                options.Retry.BaseDelay = TimeSpan.Zero;
            })
            .AddHttpMessageHandler<StampingHandler>();
        await using ServiceProvider provider = services.BuildServiceProvider();
        PetsClient client = provider.GetRequiredService<PetsClient>();

        await client.Pets.GetAsync(1);

        Assert.Equal(3, client.Options.Retry.MaxAttempts);
        Assert.Equal(3, server.Attempts);
        Assert.Equal(3, provider.GetRequiredService<StampCount>().Seen);
    }

    [Fact]
    public async Task With_the_standard_resilience_handler_only_the_handler_retries()
    {
        await using CountingServer server = await CountingServer.StartAsync(failures: 2);
        await using ServiceProvider provider = Resilient(server);
        PetsClient client = provider.GetRequiredService<PetsClient>();

        await client.Pets.GetAsync(1);

        Assert.Equal(0, client.Options.Retry.MaxAttempts);
        Assert.Equal(3, server.Attempts);
        Assert.Equal(3, provider.GetRequiredService<StampCount>().Seen);
    }

    [Fact]
    public async Task A_lasting_failure_is_tried_by_the_handler_alone_not_attempts_times_attempts()
    {
        await using CountingServer server = await CountingServer.StartAsync(failures: int.MaxValue);
        await using ServiceProvider provider = Resilient(server);

        await Assert.ThrowsAsync<ApiServerException>(() => provider.GetRequiredService<PetsClient>().Pets.GetAsync(1).AsTask());

        // The handler's first attempt and its 3 retries; with the client's 3 retries on top it would be 16.
        Assert.Equal(4, server.Attempts);
    }

    private static ServiceProvider Resilient(CountingServer server)
    {
        var services = new ServiceCollection().AddSingleton<StampCount>().AddTransient<StampingHandler>();
        IHttpClientBuilder http = services.AddPetsClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.Retry.MaxAttempts = 5;
        });
        http.AddStandardResilienceHandler(resilience =>
        {
            resilience.Retry.Delay = TimeSpan.FromMilliseconds(1);
            resilience.Retry.BackoffType = DelayBackoffType.Constant;
            resilience.Retry.UseJitter = false;
        });

        // After the resilience handler, so it sees every attempt.
        http.AddHttpMessageHandler<StampingHandler>();
        return services.BuildServiceProvider();
    }
}
