using System.Text;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Authentication;

public sealed class ApiKeyTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Fact]
    public async Task A_header_key_is_sent_under_its_name_by_default()
    {
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.ApiKey("X-Api-Key", "k-123"));

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal("k-123", echo.Header("X-Api-Key"));
        Assert.Null(echo.Header("Authorization"));
        Assert.Equal("/echo", echo.RawTarget);
    }

    [Fact]
    public async Task A_query_key_is_appended_percent_encoded_after_the_operation_parameters()
    {
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.ApiKey("api key", "a&b=c/ü+", ApiKeyLocation.Query));
        var request = new ApiRequest("GET", "/echo/items");
        request.QueryParameter("page", 2);

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("/echo/items?page=2&api%20key=a%26b%3Dc%2F%C3%BC%2B", echo.RawTarget);
    }

    [Fact]
    public async Task A_query_key_replaces_every_parameter_of_the_same_name()
    {
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.ApiKey("key", "secret", ApiKeyLocation.Query));
        var request = new ApiRequest("GET", "/echo");
        request.QueryParameter("key", new[] { "old", "older" });
        request.QueryParameter("q", "x y");

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("/echo?q=x%20y&key=secret", echo.RawTarget);
    }

    [Fact]
    public async Task A_query_key_leaves_an_escaped_path_exactly_as_the_operation_built_it()
    {
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.ApiKey("key", "s", ApiKeyLocation.Query));
        var request = new ApiRequest("GET", "/echo/{name}");
        request.PathParameter("name", "%41%2e", allowReserved: true);

        EchoResponse echo = await core.EchoAsync(request);

        // Canonicalization would have decoded the escaped unreserved characters.
        Assert.Equal("/echo/%41%2e?key=s", echo.RawTarget);
    }

    [Fact]
    public async Task A_cookie_key_is_merged_into_the_cookie_header_replacing_a_cookie_of_the_same_name()
    {
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.DefaultHeaders["Cookie"] = "theme=dark; session=old";
            options.Credentials = ApiCredentials.ApiKey("session", "abc", ApiKeyLocation.Cookie);
        });

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal("theme=dark; session=abc", echo.Header("Cookie"));
    }

    [Fact]
    public async Task A_cookie_credential_is_sent_as_the_only_cookie()
    {
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Cookie("sid", "s-1=="));

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal("sid=s-1==", echo.Header("Cookie"));
    }

    [Fact]
    public async Task A_basic_token_is_the_password_of_basic_authentication()
    {
        using ApiClientCore standard = server.CreateCore(options => options.Credentials = ApiCredentials.BasicToken("ghp_abc"));
        using ApiClientCore named = server.CreateCore(options => options.Credentials = ApiCredentials.BasicToken("ghp_abc", "octocat"));

        EchoResponse first = await standard.EchoAsync(new ApiRequest("GET", "/echo"));
        EchoResponse second = await named.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("x-access-token:ghp_abc")), first.Header("Authorization"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("octocat:ghp_abc")), second.Header("Authorization"));
    }
}
