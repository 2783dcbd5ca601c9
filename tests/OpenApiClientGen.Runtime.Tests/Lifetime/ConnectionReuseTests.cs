using System.Collections.Concurrent;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Lifetime;

public sealed class ConnectionReuseTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Fact]
    public async Task Twenty_sequential_calls_of_every_kind_share_one_TCP_connection()
    {
        var connectionIds = new ConcurrentBag<string>();
        foreach ((string path, int status, string body) in new[]
        {
            ("/reuse/json", 200, """{"method":"GET"}"""),
            ("/reuse/text", 200, "plain text"),
            ("/reuse/missing", 404, """{"message":"Not Found"}"""),
            ("/reuse/invalid", 422, """{"message":"Validation Failed","errors":[]}"""),
            ("/reuse/down", 503, new string('x', 10_000)),
        })
        {
            server.Map(path, context =>
            {
                connectionIds.Add(context.Connection.Id);
                return ScriptedServer.Respond(context, status, body);
            });
        }

        // One attempt per call: retried 503s would count extra requests.
        using ApiClientCore core = server.CreateCore(options => options.Retry.MaxAttempts = 0);
        int before = server.ConnectionsAccepted;

        for (int i = 0; i < 4; i++)
        {
            await core.SendAsync(new ApiRequest("GET", "/reuse/json"), TestJsonContext.Default.EchoResponse, CancellationToken.None);
            await core.SendForTextAsync(new ApiRequest("GET", "/reuse/text"), CancellationToken.None);
            await Assert.ThrowsAsync<ApiNotFoundException>(() => core.SendAsync(new ApiRequest("GET", "/reuse/missing"), CancellationToken.None));
            await Assert.ThrowsAsync<ApiValidationException>(() => core.SendAsync(new ApiRequest("POST", "/reuse/invalid"), CancellationToken.None));
            await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(new ApiRequest("GET", "/reuse/down"), CancellationToken.None));
        }

        Assert.Equal(20, connectionIds.Count);
        Assert.Single(connectionIds.Distinct());
        Assert.Equal(1, server.ConnectionsAccepted - before);
    }
}
