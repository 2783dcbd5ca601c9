using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class BaseAddressTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Theory]
    [InlineData("/api/v3")]
    [InlineData("api.github.com")]
    [InlineData("https://api.github.com/?per_page=100")]
    [InlineData("https://api.github.com/#top")]
    [InlineData("http://api.github.com")]
    [InlineData("ftp://api.github.com")]
    [InlineData("https://user:secret@api.github.com")]
    [InlineData("")]
    public void Unacceptable_default_addresses_are_rejected(string address)
    {
        Assert.Throws<ArgumentException>(() => new ApiClientCore(new ApiClientOptions(), address));
    }

    [Fact]
    public void Unacceptable_configured_addresses_are_rejected_even_with_a_valid_default()
    {
        var relative = new ApiClientOptions { BaseAddress = new Uri("/api/v3", UriKind.Relative) };
        var insecure = new ApiClientOptions { BaseAddress = new Uri("http://ghe.example.com/api/v3") };

        ArgumentException error = Assert.Throws<ArgumentException>(() => new ApiClientCore(relative, "https://api.github.com"));
        Assert.Throws<ArgumentException>(() => new ApiClientCore(insecure, "https://api.github.com"));

        Assert.Equal("options.BaseAddress", error.ParamName);
    }

    [Theory]
    [InlineData("https://api.github.com", false, "https://api.github.com/")]
    [InlineData("https://ghe.example.com/api/v3", false, "https://ghe.example.com/api/v3/")]
    [InlineData("http://127.0.0.1:8080", false, "http://127.0.0.1:8080/")]
    [InlineData("http://localhost/api", false, "http://localhost/api/")]
    [InlineData("http://[::1]:5000", false, "http://[::1]:5000/")]
    [InlineData("http://api.internal.example", true, "http://api.internal.example/")]
    public void Acceptable_addresses_are_normalized_to_end_with_a_slash(string address, bool allowInsecureHttp, string expected)
    {
        using var core = new ApiClientCore(new ApiClientOptions { AllowInsecureHttp = allowInsecureHttp }, address);

        Assert.Equal(new Uri(expected), core.BaseAddress);
    }

    [Fact]
    public void A_configured_address_wins_over_the_default()
    {
        using var core = new ApiClientCore(new ApiClientOptions { BaseAddress = new Uri("https://ghe.example.com/api/v3/") }, "https://api.github.com");

        Assert.Equal(new Uri("https://ghe.example.com/api/v3/"), core.BaseAddress);
    }

    [Fact]
    public async Task The_path_of_the_base_address_prefixes_every_request()
    {
        using var core = new ApiClientCore(new ApiClientOptions { BaseAddress = new Uri(server.BaseUri, "echo/api/v3") }, "https://api.github.com");
        var request = new ApiRequest("GET", "/repos/{owner}");
        request.PathParameter("owner", "octo");

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("/echo/api/v3/repos/octo", echo.RawTarget);
    }
}
