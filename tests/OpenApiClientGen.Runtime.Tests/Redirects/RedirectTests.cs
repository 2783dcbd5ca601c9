using System.Collections.Concurrent;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Redirects;

/// <summary>
/// Redirects are followed by the runtime: method and body per status, credentials only to the base address's origin.
/// The server listens on 127.0.0.1, so <c>localhost</c> on the same port is a second origin.
/// </summary>
public sealed class RedirectTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string Token = "ghp_redirect";

    [Theory]
    [InlineData(301, "POST", "GET", "")]
    [InlineData(302, "POST", "GET", "")]
    [InlineData(303, "POST", "GET", "")]
    [InlineData(303, "PUT", "GET", "")]
    [InlineData(307, "POST", "POST", "payload")]
    [InlineData(308, "PUT", "PUT", "payload")]
    [InlineData(307, "PATCH", "PATCH", "payload")]
    [InlineData(301, "GET", "GET", "")]
    [InlineData(302, "DELETE", "GET", "")]
    public async Task Same_origin_redirects_keep_credentials_and_rewrite_the_method_by_status(int status, string method, string expectedMethod, string expectedBody)
    {
        string path = $"/same/{status}/{method}";
        server.Map(path, context => Redirect(context, status, "/target"));
        server.Map("/target", EchoHandler.Respond);
        using ApiClientCore core = CreateCore();

        EchoResponse echo = await core.SendAsync(WithBody(method, path), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Equal((expectedMethod, expectedBody), (echo.Method, echo.Body));
        Assert.Equal("Bearer " + Token, echo.Header("Authorization"));
        Assert.Equal(expectedBody.Length == 0 ? null : "text/plain; charset=utf-8", echo.Header("Content-Type"));
    }

    [Theory]
    [InlineData(301, "GET", "GET", "")]
    [InlineData(302, "POST", "GET", "")]
    [InlineData(303, "POST", "GET", "")]
    [InlineData(307, "POST", "POST", "payload")]
    [InlineData(308, "PUT", "PUT", "payload")]
    public async Task Redirects_to_another_host_drop_credentials_but_keep_method_and_body_by_status(int status, string method, string expectedMethod, string expectedBody)
    {
        var authorizationAtStart = new ConcurrentQueue<string>();
        string path = $"/away/{status}/{method}";
        server.Map(path, context =>
        {
            authorizationAtStart.Enqueue(context.Request.Headers.Authorization.ToString());
            return Redirect(context, status, OtherOrigin("/target"));
        });
        server.Map("/target", EchoHandler.Respond);
        using ApiClientCore core = CreateCore();

        EchoResponse echo = await core.SendAsync(WithBody(method, path), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Equal(["Bearer " + Token], authorizationAtStart);
        Assert.Equal((expectedMethod, expectedBody), (echo.Method, echo.Body));
        Assert.Null(echo.Header("Authorization"));
        Assert.StartsWith("localhost:", echo.Header("Host"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_call_authorization_headers_do_not_follow_to_another_host()
    {
        server.Map("/away-per-call", context => Redirect(context, 302, OtherOrigin("/target")));
        server.Map("/target", EchoHandler.Respond);
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/away-per-call") { Options = new RequestOptions() };
        request.Options.Headers["Authorization"] = "Bearer per-call";

        EchoResponse echo = await core.SendAsync(request, TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Null(echo.Header("Authorization"));
    }

    [Fact]
    public async Task Coming_back_to_the_base_origin_sends_credentials_again()
    {
        server.Map("/round-trip", context => Redirect(context, 302, OtherOrigin("/bounce")));
        server.Map("/bounce", context => Redirect(context, 302, new Uri(server.BaseUri, "/target").AbsoluteUri));
        server.Map("/target", EchoHandler.Respond);
        using ApiClientCore core = CreateCore();

        EchoResponse echo = await core.SendAsync(new ApiRequest("GET", "/round-trip"), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Equal("Bearer " + Token, echo.Header("Authorization"));
    }

    [Fact]
    public async Task A_relative_location_is_resolved_against_the_uri_that_answered()
    {
        server.Map("/nested/start", context => Redirect(context, 302, "next?x=1"));
        server.Map("/nested/next", EchoHandler.Respond);
        using ApiClientCore core = CreateCore();

        EchoResponse echo = await core.SendAsync(new ApiRequest("GET", "/nested/start"), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Equal("/nested/next?x=1", echo.RawTarget);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public async Task At_most_ten_redirects_are_followed(int hops, bool succeeds)
    {
        string prefix = $"/hops{hops}/";
        for (int i = 0; i < hops; i++)
        {
            string next = i + 1 == hops ? "/target" : prefix + (i + 1);
            server.Map(prefix + i, context => Redirect(context, 302, next));
        }

        server.Map("/target", EchoHandler.Respond);
        using ApiClientCore core = CreateCore();

        Task call = core.SendAsync(new ApiRequest("GET", prefix + "0"), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        if (succeeds)
        {
            await call;
        }
        else
        {
            ApiException error = await Assert.ThrowsAsync<ApiException>(() => call);
            Assert.Equal(302, error.StatusCode);
            Assert.Contains("redirected more than 10 times", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_download_redirected_to_another_host_is_streamed_without_credentials()
    {
        byte[] content = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        string? authorizationAtTarget = "not called";
        server.Map("/download", context => Redirect(context, 302, OtherOrigin("/blob")));
        server.Map("/blob", async context =>
        {
            authorizationAtTarget = context.Request.Headers.Authorization.ToString();
            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(content, context.RequestAborted);
        });
        using ApiClientCore core = CreateCore();

        await using Stream stream = await core.SendForStreamAsync(new ApiRequest("GET", "/download"), CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(content, copy.ToArray());
        Assert.Equal("", authorizationAtTarget);
    }

    [Fact]
    public async Task A_307_with_a_body_that_cannot_be_resent_is_reported_not_followed()
    {
        server.Map("/upload-moved", context => Redirect(context, 307, "/target"));
        server.Map("/target", EchoHandler.Respond);
        var request = new ApiRequest("POST", "/upload-moved");
        using var stream = new ForwardOnlyStream([1, 2, 3]);
        request.StreamBody(stream, "application/octet-stream");
        using ApiClientCore core = CreateCore();

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => core.SendAsync(request, CancellationToken.None));

        Assert.Equal(307, error.StatusCode);
    }

    private ApiClientCore CreateCore() => server.CreateCore(options => options.Credentials = ApiCredentials.Token(Token));

    private string OtherOrigin(string path) => $"http://localhost:{server.BaseUri.Port}{path}";

    private static ApiRequest WithBody(string method, string path)
    {
        var request = new ApiRequest(method, path);
        if (method is not ("GET" or "DELETE"))
        {
            request.TextBody("payload", "text/plain");
        }

        return request;
    }

    private static Task Redirect(Microsoft.AspNetCore.Http.HttpContext context, int status, string location)
    {
        context.Response.Headers.Location = location;
        return ScriptedServer.Respond(context, status, "moved");
    }

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
