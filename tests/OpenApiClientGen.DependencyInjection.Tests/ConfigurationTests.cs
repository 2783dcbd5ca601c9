using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pets;

namespace OpenApiClientGen.DependencyInjection.Tests;

/// <summary>Options from appsettings.json or any IConfiguration, read without reflection.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task An_appsettings_section_configures_the_client()
    {
        await using CountingServer server = await CountingServer.StartAsync(failures: 1);
        string appsettings = $$"""
            {
              "Pets": {
                "BaseAddress": "{{server.BaseAddress}}",
                "UserAgent": "pets-app/2.0",
                "Timeout": "00:00:30",
                "DefaultHeaders": { "X-Api-Version": "2024-01-01" },
                "Retry": { "MaxAttempts": 2, "BaseDelay": "00:00:00" }
              }
            }
            """;
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(appsettings)));
        builder.Services.AddPetsClient(builder.Configuration.GetSection("Pets"));
        using IHost host = builder.Build();
        PetsClient client = host.Services.GetRequiredService<PetsClient>();

        await client.Pets.GetAsync(1);

        Assert.Equal(server.BaseAddress, client.Core.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(30), client.Options.Timeout);
        Assert.Equal(2, client.Options.Retry.MaxAttempts);
        Assert.Equal("2024-01-01", client.Options.DefaultHeaders["X-Api-Version"]);
        Assert.Equal(new[] { "pets-app/2.0", "pets-app/2.0" }, server.Requests.Select(r => r.UserAgent));
    }

    [Fact]
    public async Task Code_runs_after_the_configuration_and_a_changed_value_reaches_the_next_client()
    {
        await using CountingServer server = await CountingServer.StartAsync();
        IConfigurationRoot configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pets:BaseAddress"] = server.BaseAddress.ToString(), ["Pets:UserAgent"] = "from-config" })
            .Build();
        var services = new ServiceCollection();
        services.AddPetsClient(configuration.GetSection("Pets"), options => options.Retry.MaxAttempts = 7);
        await using ServiceProvider provider = services.BuildServiceProvider();

        PetsClient first = provider.GetRequiredService<PetsClient>();
        configuration["Pets:UserAgent"] = "changed";
        PetsClient second = provider.GetRequiredService<PetsClient>();

        Assert.Equal(7, first.Options.Retry.MaxAttempts);
        Assert.Equal("from-config", first.Options.UserAgent);
        Assert.Equal("changed", second.Options.UserAgent);
    }

    [Fact]
    public void A_bad_value_fails_when_the_client_is_created_naming_its_key()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pets:Retry:MaxAttempts"] = "many" })
            .Build();
        var services = new ServiceCollection();
        services.AddPetsClient(configuration.GetSection("Pets"));
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<PetsClient>());

        Assert.Contains("'Retry:MaxAttempts'", error.Message, StringComparison.Ordinal);
    }
}
