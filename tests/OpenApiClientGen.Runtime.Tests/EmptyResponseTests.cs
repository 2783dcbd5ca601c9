using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

/// <summary>Success statuses without a body: a typed call returns null instead of failing to read JSON.</summary>
public sealed class EmptyResponseTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Theory]
    [InlineData(204)]
    [InlineData(205)]
    public async Task No_content_and_reset_content_yield_null(int status)
    {
        string path = $"/empty/{status}";
        server.Map(path, context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using ApiClientCore core = server.CreateCore();

        EchoResponse? result = await core.SendAsync(new ApiRequest("PUT", path), TestJsonContext.Default.EchoResponse);

        Assert.Null(result);
    }

    [Fact]
    public async Task A_declared_empty_status_is_not_read_while_the_other_statuses_are()
    {
        // GitHub's statistics endpoints answer 202 with "{}" while they compute; the description documents 202 without a body.
        server.Map("/stats", context => ScriptedServer.Respond(
            context, context.Request.Query["ready"] == "1" ? 200 : 202, context.Request.Query["ready"] == "1" ? """{"method":"computed"}""" : "{}", "application/json"));
        using ApiClientCore core = server.CreateCore();

        var computing = new ApiRequest("GET", "/stats");
        computing.EmptyResponseStatus(202);
        var ready = new ApiRequest("GET", "/stats");
        ready.EmptyResponseStatus(202);
        ready.QueryParameter("ready", 1);

        Assert.Null(await core.SendAsync(computing, TestJsonContext.Default.EchoResponse));
        Assert.Equal("computed", (await core.SendAsync(ready, TestJsonContext.Default.EchoResponse)).Method);
    }

    [Fact]
    public async Task An_undeclared_empty_body_is_still_a_serialization_error()
    {
        server.Map("/accepted", context => ScriptedServer.Respond(context, 202, "", "application/json"));
        using ApiClientCore core = server.CreateCore();

        ApiSerializationException error = await Assert.ThrowsAsync<ApiSerializationException>(() =>
            core.SendAsync(new ApiRequest("POST", "/accepted"), TestJsonContext.Default.EchoResponse));

        Assert.Equal(202, error.StatusCode);
    }

    [Theory]
    [InlineData(199)]
    [InlineData(300)]
    public void Only_success_statuses_can_be_declared_empty(int status)
    {
        var request = new ApiRequest("GET", "/x");

        Assert.Throws<ArgumentOutOfRangeException>(() => request.EmptyResponseStatus(status));
    }
}
