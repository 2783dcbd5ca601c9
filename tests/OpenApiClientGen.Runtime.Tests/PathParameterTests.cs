using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class PathParameterTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Theory]
    [InlineData("\"main.yml\"", "/echo/main.yml")]
    [InlineData("161335", "/echo/161335")]
    [InlineData("true", "/echo/true")]
    public async Task Json_values_are_sent_as_their_text_without_quotes(string json, string expectedTarget)
    {
        using ApiClientCore core = server.CreateCore();
        var union = new ScalarUnion(System.Text.Json.JsonDocument.Parse(json).RootElement.Clone());

        var fromUnion = new ApiRequest("GET", "/echo/{value}");
        fromUnion.PathParameter("value", union);
        var fromElement = new ApiRequest("GET", "/echo/{value}");
        fromElement.PathParameter("value", union.Json);

        Assert.Equal(expectedTarget, (await core.EchoAsync(fromUnion)).RawTarget);
        Assert.Equal(expectedTarget, (await core.EchoAsync(fromElement)).RawTarget);
    }

    /// <summary>A generated <c>oneOf: [integer, string]</c> union, as GitHub's <c>workflow_id</c> is.</summary>
    private sealed class ScalarUnion(System.Text.Json.JsonElement json) : OpenApiClientGen.Runtime.Json.JsonUnion(json);

    [Theory]
    [InlineData("octo cat", false, "/echo/octo%20cat")]
    [InlineData("a/b", false, "/echo/a%2Fb")]
    [InlineData("ä€😀", false, "/echo/%C3%A4%E2%82%AC%F0%9F%98%80")]
    [InlineData("x+y=z&q?#", false, "/echo/x%2By%3Dz%26q%3F%23")]
    [InlineData("A-z_0.9~", false, "/echo/A-z_0.9~")]
    [InlineData("a.b", false, "/echo/a.b")]
    [InlineData("...", false, "/echo/...")]
    [InlineData(".github", false, "/echo/.github")]
    [InlineData("docs/sub dir/file+1.md", true, "/echo/docs/sub%20dir/file+1.md")]
    [InlineData(".github/workflows/ci.yml", true, "/echo/.github/workflows/ci.yml")]
    [InlineData("a/.../b..c/.d", true, "/echo/a/.../b..c/.d")]
    [InlineData("what?#", true, "/echo/what%3F%23")]
    public async Task Path_values_are_percent_encoded_on_the_wire(string value, bool allowReserved, string expectedTarget)
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/echo/{value}");
        request.PathParameter("value", value, allowReserved);

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal(expectedTarget, echo.RawTarget);
    }

    [Fact]
    public async Task Several_parameters_are_substituted_in_place()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/echo/repos/{owner}/{repo}/issues/{number}");
        request.PathParameter("owner", "octo org");
        request.PathParameter("repo", "hello-world");
        request.PathParameter("number", 1347L);

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("/echo/repos/octo%20org/hello-world/issues/1347", echo.RawTarget);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_or_empty_values_are_rejected_naming_the_parameter(string? value)
    {
        var request = new ApiRequest("GET", "/repos/{owner}");

        ArgumentException error = Assert.Throws<ArgumentException>(() => request.PathParameter("owner", value));

        Assert.Contains("'owner'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_multi_segment_value_names_the_root_and_keeps_the_slash()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/echo/contents/{path}");
        request.PathParameter("path", "", allowReserved: true);

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("/echo/contents/", echo.RawTarget);
        Assert.Throws<ArgumentException>(() => request.PathParameter("path", null, allowReserved: true));
    }

    [Fact]
    public void A_name_the_template_does_not_have_is_rejected()
    {
        var request = new ApiRequest("GET", "/repos/{owner}");

        ArgumentException error = Assert.Throws<ArgumentException>(() => request.PathParameter("repo", "x"));

        Assert.Contains("'repo'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_with_an_unset_parameter_fails_before_anything_is_sent()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/echo/{owner}/{repo}");
        request.PathParameter("owner", "octo");

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => core.SendAsync(request, CancellationToken.None));

        Assert.Contains("'repo'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_template_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new ApiRequest("GET", "/repos/{owner"));
    }
}
