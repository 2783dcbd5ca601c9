using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Calls;

/// <summary>
/// The call object generated operations return: sent only when used, sent once however often it is awaited, and
/// carrying the status and headers of its response.
/// </summary>
public sealed class ApiCallTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string Json = """{"name":"octo","count":3}""";

    private Counter Serve(string path, int status = 200, string body = Json, string contentType = "application/json; charset=utf-8")
    {
        var hits = new Counter();
        server.Map(path, context =>
        {
            hits.Increment();
            context.Response.Headers["X-RateLimit-Limit"] = "5000";
            context.Response.Headers["X-RateLimit-Remaining"] = "4999";
            context.Response.Headers["X-Request-Id"] = "abc";
            return ScriptedServer.Respond(context, status, body, contentType);
        });
        return hits;
    }

    [Fact]
    public async Task A_call_is_sent_when_first_awaited_and_only_once()
    {
        Counter hits = Serve("/once");
        using ApiClientCore core = server.CreateCore();

        ApiCall<SamplePayload> call = ApiCall.Create(core, new ApiRequest("GET", "/once"), TestJsonContext.Default.SamplePayload, CancellationToken.None);
        await Task.Delay(50);
        Assert.Equal(0, hits.Value);

        SamplePayload first = await call;
        SamplePayload second = await call;
        ApiResponse<SamplePayload> response = await call.WithResponseAsync();

        Assert.Equal(1, hits.Value);
        Assert.Same(first, second);
        Assert.Same(first, response.Value);
        Assert.Same(call.AsTask(), call.AsTask());
    }

    [Fact]
    public async Task Concurrent_first_awaits_send_once()
    {
        Counter hits = Serve("/concurrent");
        using ApiClientCore core = server.CreateCore();
        ApiCall<SamplePayload> call = ApiCall.Create(core, new ApiRequest("GET", "/concurrent"), TestJsonContext.Default.SamplePayload, CancellationToken.None);

        using var start = new Barrier(8);
        SamplePayload[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return call.AsTask();
        })));

        Assert.Equal(1, hits.Value);
        Assert.All(results, result => Assert.Same(results[0], result));
    }

    [Fact]
    public async Task WithResponseAsync_gives_the_value_status_headers_and_rate_limit()
    {
        Serve("/created", status: 201);
        using ApiClientCore core = server.CreateCore();

        ApiResponse<SamplePayload> response = await ApiCall.Create(core, new ApiRequest("POST", "/created"), TestJsonContext.Default.SamplePayload, CancellationToken.None)
            .WithResponseAsync();

        Assert.Equal("octo", response.Value.Name);
        Assert.Equal(201, response.StatusCode);
        Assert.Equal(["abc"], response.Headers["x-request-id"]);
        Assert.Equal(["application/json; charset=utf-8"], response.Headers["Content-Type"]);
        Assert.Equal(new RateLimitInfo(5000, 4999, 1, null), response.RateLimit);
        Assert.Equal(new Uri(server.BaseUri, "created"), response.RequestUri);
    }

    [Fact]
    public async Task Text_stream_and_bodiless_calls_report_their_responses_too()
    {
        Serve("/text", body: "héllo", contentType: "text/plain; charset=utf-8");
        Serve("/stream", body: "bytes", contentType: "application/octet-stream");
        Serve("/none", status: 204, body: "");
        using ApiClientCore core = server.CreateCore();

        ApiResponse<string> text = await ApiCall.CreateForText(core, new ApiRequest("GET", "/text"), CancellationToken.None).WithResponseAsync();
        ApiResponse<Stream> stream = await ApiCall.CreateForStream(core, new ApiRequest("GET", "/stream"), CancellationToken.None).WithResponseAsync();
        ApiResponseInfo none = await ApiCall.Create(core, new ApiRequest("DELETE", "/none"), CancellationToken.None).WithResponseAsync();

        Assert.Equal("héllo", text.Value);
        await using (stream.Value)
        {
            Assert.Equal("bytes", await new StreamReader(stream.Value).ReadToEndAsync());
        }

        Assert.Equal(200, stream.StatusCode);
        Assert.Equal(204, none.StatusCode);
        Assert.Equal(["abc"], none.Headers["X-Request-Id"]);
    }

    [Fact]
    public async Task A_failed_call_throws_on_every_await_without_sending_again()
    {
        Counter hits = Serve("/missing", status: 404, body: """{"message":"Not Found"}""");
        using ApiClientCore core = server.CreateCore();
        ApiCall<SamplePayload> call = ApiCall.Create(core, new ApiRequest("GET", "/missing"), TestJsonContext.Default.SamplePayload, CancellationToken.None);

        await Assert.ThrowsAsync<ApiNotFoundException>(async () => await call);
        await Assert.ThrowsAsync<ApiNotFoundException>(call.WithResponseAsync);

        Assert.Equal(1, hits.Value);
    }

    [Fact]
    public async Task A_call_that_is_never_used_is_never_sent()
    {
        Counter hits = Serve("/unused");
        using ApiClientCore core = server.CreateCore();

        _ = ApiCall.Create(core, new ApiRequest("DELETE", "/unused"), CancellationToken.None);
        await Task.Delay(100);

        Assert.Equal(0, hits.Value);
    }

    [Fact]
    public async Task Hand_made_calls_give_their_value_or_exception_and_the_response_they_were_given()
    {
        var payload = new SamplePayload { Name = "fake" };
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["ETag"] = ["\"1\""] };

        ApiResponse<SamplePayload> response = await ApiCall.FromResult(payload, 201, headers).WithResponseAsync();
        ApiResponseInfo none = await ApiCall.Completed().WithResponseAsync();

        Assert.Same(payload, await ApiCall.FromResult(payload));
        Assert.Same(payload, response.Value);
        Assert.Equal(201, response.StatusCode);
        Assert.Equal(["\"1\""], response.Headers["etag"]);
        Assert.Equal(204, none.StatusCode);
        await Assert.ThrowsAsync<TimeoutException>(async () => await ApiCall.FromException<SamplePayload>(new TimeoutException()));
        await Assert.ThrowsAsync<TimeoutException>(async () => await ApiCall.FromException(new TimeoutException()));
    }
}
