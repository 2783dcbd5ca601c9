using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

/// <summary>
/// Path values that are (or, for multi-segment values, hold) a dot segment are refused before anything is sent:
/// Kestrel, like most servers, removes such segments, so <c>/items/{id}</c> with ".." would reach "/" and
/// <c>/files/{path}</c> with "../admin" would reach "/admin", with the credentials attached.
/// </summary>
public sealed class PathTraversalTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string Token = "ghp_traversal";

    [Theory]
    [InlineData(".", false)]
    [InlineData("..", false)]
    [InlineData("%2e", false)]
    [InlineData("%2E%2e", false)]
    [InlineData(".%2E", false)]
    [InlineData("%252E%252E", false)]
    [InlineData("..", true)]
    [InlineData("../admin", true)]
    [InlineData("a/../../admin", true)]
    [InlineData("%2e%2e/admin", true)]
    [InlineData("a/.%2e/admin", true)]
    [InlineData("a/./b", true)]
    [InlineData("a/..", true)]
    [InlineData("..\\admin", true)]
    [InlineData("a%2F..%2Fadmin", true)]
    public async Task Dot_segments_are_rejected_naming_the_parameter_and_nothing_is_sent(string value, bool allowReserved)
    {
        server.Map("/admin", context => ScriptedServer.Respond(context, 200, "admin"));
        server.Map("/", context => ScriptedServer.Respond(context, 200, "root"));
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Token(Token));

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() =>
        {
            var request = new ApiRequest("GET", "/items/{id}");
            request.PathParameter("id", value, allowReserved);
            return core.SendForTextAsync(request, CancellationToken.None);
        });

        Assert.Contains("'id'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.ConnectionsAccepted);
    }

    [Fact]
    public void The_message_does_not_quote_the_value()
    {
        var request = new ApiRequest("GET", "/files/{path}");

        ArgumentException error = Assert.Throws<ArgumentException>(() => request.PathParameter("path", "../s3cr3t-value", allowReserved: true));

        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("%2E%2E")]
    public async Task Variables_of_a_hypermedia_uri_template_follow_the_same_rule(string value)
    {
        using ApiClientCore core = server.CreateCore(options => options.Credentials = ApiCredentials.Token(Token));

        await Assert.ThrowsAsync<ArgumentException>(() =>
        {
            ApiRequest request = ApiRequest.ForUriTemplate("GET", server.BaseUri.AbsoluteUri + "items/{id}{?name}");
            request.PathParameter("id", value);
            return core.SendForTextAsync(request, CancellationToken.None);
        });

        Assert.Equal(0, server.ConnectionsAccepted);
    }
}
