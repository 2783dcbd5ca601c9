using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

/// <summary>A lent HttpClient's BaseAddress is where calls go when the options name none (IHttpClientFactory clients are set up that way).</summary>
public sealed class BorrowedBaseAddressTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    private const string Production = "https://api.github.com";

    [Fact]
    public async Task A_borrowed_clients_base_address_is_used_when_the_options_name_none()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUri, "echo/api/v3") };
        using var core = new ApiClientCore(new ApiClientOptions { HttpClient = http }, Production);

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/user"));

        Assert.Equal(new Uri(server.BaseUri, "echo/api/v3/"), core.BaseAddress);
        Assert.Equal("/echo/api/v3/user", echo.RawTarget);
    }

    [Fact]
    public void The_options_base_address_wins_over_the_borrowed_one()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://borrowed.example.test/") };
        using var core = new ApiClientCore(new ApiClientOptions { HttpClient = http, BaseAddress = new Uri("https://configured.example.test/") }, Production);

        Assert.Equal(new Uri("https://configured.example.test/"), core.BaseAddress);
    }

    [Fact]
    public void A_borrowed_client_without_base_address_leaves_the_description_default()
    {
        using var http = new HttpClient();
        using var core = new ApiClientCore(new ApiClientOptions { HttpClient = http }, Production);

        Assert.Equal(new Uri(Production + "/"), core.BaseAddress);
    }

    [Fact]
    public void A_borrowed_base_address_is_checked_like_a_configured_one()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://ghe.example.test/api/v3/") };

        ArgumentException error = Assert.Throws<ArgumentException>(() => new ApiClientCore(new ApiClientOptions { HttpClient = http }, Production));

        Assert.Equal("options.HttpClient.BaseAddress", error.ParamName);
    }

    [Fact]
    public void Operations_on_other_servers_follow_a_borrowed_base_address_like_a_configured_one()
    {
        const string uploads = "https://uploads.github.com";
        using var http = new HttpClient { BaseAddress = new Uri("https://ghe.example.test/api/v3/") };
        using var core = new ApiClientCore(new ApiClientOptions { HttpClient = http }, Production, uploads);

        Assert.Equal(core.BaseAddress, core.ServerAddresses[uploads]);
    }
}
