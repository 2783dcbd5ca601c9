using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

/// <summary>
/// Operations the description assigns to another server (GitHub's uploads host), and absolute URI templates the API
/// hands out (a release's <c>upload_url</c>): where they go and where credentials follow.
/// </summary>
public sealed class OperationServerTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string Token = "ghp_servers";
    private const string Uploads = "https://uploads.example.test";

    [Fact]
    public async Task A_mapped_operation_server_receives_the_call_with_credentials()
    {
        server.Map("/up/assets", EchoHandler.Respond);
        using ApiClientCore core = Core(options => options.ServerAddresses[Uploads + "/"] = new Uri(OtherOrigin("/up")));

        EchoResponse echo = await core.SendAsync(new ApiRequest("POST", "/assets") { Server = Uploads }, TestJsonContext.Default.EchoResponse);

        Assert.Equal("/up/assets", echo.RawTarget);
        Assert.StartsWith("localhost:", echo.Header("Host"), StringComparison.Ordinal);
        Assert.Equal("Bearer " + Token, echo.Header("Authorization"));
    }

    [Fact]
    public async Task Unmapped_an_operation_server_follows_a_configured_base_address()
    {
        server.Map("/assets", EchoHandler.Respond);
        using ApiClientCore core = Core();

        EchoResponse echo = await core.SendAsync(new ApiRequest("POST", "/assets") { Server = Uploads }, TestJsonContext.Default.EchoResponse);

        Assert.Equal(server.BaseUri, core.ServerAddresses[Uploads]);
        Assert.StartsWith("127.0.0.1:", echo.Header("Host"), StringComparison.Ordinal);
        Assert.Equal("Bearer " + Token, echo.Header("Authorization"));
    }

    [Fact]
    public void On_the_default_server_an_operation_server_is_used_as_declared()
    {
        using var core = new ApiClientCore(new ApiClientOptions(), "https://api.example.test", Uploads, "https://{region}.example.test");

        Assert.Equal(new Uri("https://api.example.test/"), core.BaseAddress);
        Assert.Equal(new Uri(Uploads + "/"), core.ServerAddresses[Uploads]);
        // Server variables without values: the base address is the only address known.
        Assert.Equal(core.BaseAddress, core.ServerAddresses["https://{region}.example.test"]);
    }

    [Fact]
    public void A_base_address_set_to_the_default_server_keeps_the_declared_servers()
    {
        using var core = new ApiClientCore(new ApiClientOptions { BaseAddress = new Uri("https://api.example.test") }, "https://api.example.test/", Uploads);

        Assert.Equal(new Uri(Uploads + "/"), core.ServerAddresses[Uploads]);
    }

    [Fact]
    public void A_mapped_server_address_is_validated_like_the_base_address()
    {
        var options = new ApiClientOptions();
        options.ServerAddresses[Uploads] = new Uri("http://uploads.example.test/");

        ArgumentException error = Assert.Throws<ArgumentException>(() => new ApiClientCore(options, "https://api.example.test", Uploads));

        Assert.Contains("plain http", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_naming_an_undeclared_server_fails_before_sending()
    {
        using ApiClientCore core = Core();

        await Assert.ThrowsAsync<InvalidOperationException>(() => core.SendAsync(new ApiRequest("GET", "/x") { Server = "https://other.example.test" }));
    }

    [Fact]
    public async Task A_uri_template_expands_path_and_query_variables_and_leaves_unset_ones_out()
    {
        server.Map("/releases/7/assets", EchoHandler.Respond);
        using ApiClientCore core = Core();
        ApiRequest request = ApiRequest.ForUriTemplate("POST", server.BaseUri + "releases/{id}/assets{?name,label}");
        request.PathParameter("id", 7);
        request.QueryParameter("name", "hello world.txt");
        request.QueryParameter("label", null);
        request.BytesBody("Hello"u8.ToArray(), "text/plain");

        EchoResponse echo = await core.SendAsync(request, TestJsonContext.Default.EchoResponse);

        Assert.Equal(["name", "label"], request.QueryVariables);
        Assert.Equal("/releases/7/assets?name=hello%20world.txt", echo.RawTarget);
        Assert.Equal(("Hello", "text/plain", "5"), (echo.Body, echo.Header("Content-Type"), echo.Header("Content-Length")));
        Assert.Equal("Bearer " + Token, echo.Header("Authorization"));
    }

    [Fact]
    public async Task A_uri_template_on_a_foreign_origin_gets_no_credentials_unless_it_is_a_declared_server()
    {
        server.Map("/assets", EchoHandler.Respond);
        using ApiClientCore plain = Core();
        using ApiClientCore mapped = Core(options => options.ServerAddresses[Uploads] = new Uri(OtherOrigin("/")));

        EchoResponse foreign = await plain.SendAsync(ApiRequest.ForUriTemplate("GET", OtherOrigin("/assets")), TestJsonContext.Default.EchoResponse);
        EchoResponse declared = await mapped.SendAsync(ApiRequest.ForUriTemplate("GET", OtherOrigin("/assets")), TestJsonContext.Default.EchoResponse);

        Assert.Null(foreign.Header("Authorization"));
        Assert.Equal("Bearer " + Token, declared.Header("Authorization"));
    }

    [Theory]
    [InlineData("/relative/{id}")]
    [InlineData("ftp://example.test/{id}")]
    [InlineData("https://example.test/{/segments}")]
    [InlineData("https://example.test/{a,b}")]
    public void Unsupported_uri_templates_are_rejected(string template)
    {
        Assert.Throws<ArgumentException>(() => ApiRequest.ForUriTemplate("GET", template));
    }

    private ApiClientCore Core(Action<ApiClientOptions>? configure = null)
    {
        var options = new ApiClientOptions { BaseAddress = server.BaseUri, Credentials = ApiCredentials.Token(Token) };
        configure?.Invoke(options);
        return new ApiClientCore(options, "https://api.example.test", Uploads);
    }

    private string OtherOrigin(string path) => $"http://localhost:{server.BaseUri.Port}{path}";
}
