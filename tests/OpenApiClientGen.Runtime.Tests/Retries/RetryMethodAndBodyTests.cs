using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Retries;

/// <summary>Non-idempotent methods are retried only on request, and every retry carries the body byte for byte.</summary>
public sealed class RetryMethodAndBodyTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private static readonly byte[] Payload = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task Non_idempotent_methods_are_not_retried_by_default(string method)
    {
        ConcurrentQueue<byte[]> bodies = MapFailingTwice("/create-" + method);
        using ApiClientCore core = server.CreateCore();

        await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(WithPayload(method, "/create-" + method), CancellationToken.None));

        Assert.Single(bodies);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task Non_idempotent_methods_are_retried_when_opted_in_with_the_body_intact(string method)
    {
        ConcurrentQueue<byte[]> bodies = MapFailingTwice("/opt-in-" + method);
        using ApiClientCore core = server.CreateCore(options => options.Retry.RetryNonIdempotent = true);

        await core.SendAsync(WithPayload(method, "/opt-in-" + method), CancellationToken.None);

        Assert.Equal(3, bodies.Count);
        Assert.All(bodies, body => Assert.Equal(Payload, body));
    }

    [Fact]
    public async Task Put_with_a_json_body_is_retried_and_resent_intact()
    {
        ConcurrentQueue<byte[]> bodies = MapFailingTwice("/replace");
        var request = new ApiRequest("PUT", "/replace");
        request.JsonBody(new SamplePayload { Name = "octo", Count = 3 }, TestJsonContext.Default.SamplePayload);
        using ApiClientCore core = server.CreateCore();

        await core.SendAsync(request, CancellationToken.None);

        Assert.Equal(3, bodies.Count);
        Assert.All(bodies, body => Assert.Equal("""{"name":"octo","count":3}""", System.Text.Encoding.UTF8.GetString(body)));
    }

    [Fact]
    public async Task A_seekable_stream_body_is_rewound_for_each_retry()
    {
        ConcurrentQueue<byte[]> bodies = MapFailingTwice("/upload-seekable");
        var request = new ApiRequest("PUT", "/upload-seekable");
        using var stream = new MemoryStream(Payload);
        request.StreamBody(stream, "application/octet-stream");
        using ApiClientCore core = server.CreateCore();

        await core.SendAsync(request, CancellationToken.None);

        Assert.Equal(3, bodies.Count);
        Assert.All(bodies, body => Assert.Equal(Payload, body));
    }

    [Fact]
    public async Task A_stream_body_that_cannot_be_rewound_is_sent_once()
    {
        ConcurrentQueue<byte[]> bodies = MapFailingTwice("/upload-once");
        var request = new ApiRequest("PUT", "/upload-once");
        using var stream = new ForwardOnlyStream(Payload);
        request.StreamBody(stream, "application/octet-stream");
        using ApiClientCore core = server.CreateCore();

        await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(request, CancellationToken.None));

        Assert.Equal(Payload, Assert.Single(bodies));
    }

    private static ApiRequest WithPayload(string method, string path)
    {
        var request = new ApiRequest(method, path);
        request.BytesBody(Payload, "application/octet-stream");
        return request;
    }

    /// <summary>Records every body received; the first two attempts get 503.</summary>
    private ConcurrentQueue<byte[]> MapFailingTwice(string path)
    {
        var bodies = new ConcurrentQueue<byte[]>();
        server.Map(path, async context =>
        {
            using var copy = new MemoryStream();
            await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
            bodies.Enqueue(copy.ToArray());
            await ScriptedServer.Respond(context, bodies.Count <= 2 ? 503 : 200, "{}", "application/json");
        });
        return bodies;
    }

    /// <summary>A readable stream that cannot seek, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
