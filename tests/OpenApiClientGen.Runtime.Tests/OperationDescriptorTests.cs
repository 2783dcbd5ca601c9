using OpenApiClientGen.Runtime.Tests.Errors;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

/// <summary>
/// An <see cref="ApiOperation"/> is built once and shared by every call of its operation: each request starts from it
/// and what one call adds stays with that call.
/// </summary>
public sealed class OperationDescriptorTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string BasicErrorJson = """{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}""";

    [Fact]
    public async Task Requests_of_one_operation_send_its_method_template_and_media_type_with_their_own_values()
    {
        foreach (string id in new[] { "a", "b" })
        {
            server.Map("/things/" + id, context => ScriptedServer.Respond(
                context, 200, $$"""{"method":"{{context.Request.Method}} {{context.Request.Path}} {{context.Request.Headers.Accept}}"}""", "application/json"));
        }

        using ApiClientCore core = server.CreateCore();
        var operation = new ApiOperation("PATCH", "/things/{id}", operationId: "things/update").Accept("application/json");

        var first = new ApiRequest(operation);
        first.PathParameter("id", "a");
        var second = new ApiRequest(operation);
        second.PathParameter("id", "b");

        Assert.Equal("PATCH /things/a application/json", (await core.SendAsync(first, TestJsonContext.Default.EchoResponse)).Method);
        Assert.Equal("PATCH /things/b application/json", (await core.SendAsync(second, TestJsonContext.Default.EchoResponse)).Method);
        Assert.Equal("things/update", first.OperationId);
        Assert.Equal("/things/{id}", second.PathTemplate);
    }

    [Fact]
    public async Task What_one_request_adds_leaves_the_operation_and_its_other_requests_as_they_were()
    {
        server.Map("/shared", context => ScriptedServer.Respond(context, 404, BasicErrorJson, "application/json"));
        using ApiClientCore core = server.CreateCore();
        var operation = new ApiOperation("GET", "/shared").ErrorModel(404, ErrorModelContext.Default.BasicError).EmptyResponseStatus(202);

        var own = new ApiRequest(operation);
        own.ErrorModel(404, ErrorModelContext.Default.ServiceFault);
        var plain = new ApiRequest(operation);

        ApiNotFoundException ownError = await Assert.ThrowsAsync<ApiNotFoundException>(() => core.SendAsync(own, CancellationToken.None));
        ApiNotFoundException plainError = await Assert.ThrowsAsync<ApiNotFoundException>(() => core.SendAsync(plain, CancellationToken.None));

        Assert.IsType<ServiceFault>(ownError.Error);
        Assert.IsType<BasicError>(plainError.Error);
    }

    [Fact]
    public async Task A_status_the_operation_declares_empty_is_not_read()
    {
        server.Map("/computing", context => ScriptedServer.Respond(context, 202, "{}", "application/json"));
        using ApiClientCore core = server.CreateCore();
        var operation = new ApiOperation("GET", "/computing").EmptyResponseStatus(202);

        Assert.Null(await core.SendAsync(new ApiRequest(operation), TestJsonContext.Default.EchoResponse));
    }

    [Fact]
    public void An_invalid_declaration_fails_when_the_operation_is_built()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApiOperation("GET", "/x").EmptyResponseStatus(404));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApiOperation("GET", "/x").ErrorModel(700, ErrorModelContext.Default.BasicError));
        Assert.Throws<ArgumentException>(() => new ApiOperation("GET", "/x/{"));
    }
}
