using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class HeaderTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Fact]
    public async Task A_default_user_agent_names_the_library_and_version()
    {
        using ApiClientCore core = server.CreateCore();

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal(ApiClientOptions.DefaultUserAgent, echo.Header("User-Agent"));
        Assert.Matches(@"^OpenApiClientGen/\d+\.\d+\.\d+$", echo.Header("User-Agent"));
    }

    [Fact]
    public async Task A_configured_user_agent_replaces_the_default()
    {
        using ApiClientCore core = server.CreateCore(options => options.UserAgent = "my-app/2.0");

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Equal("my-app/2.0", echo.Header("User-Agent"));
    }

    [Fact]
    public async Task Default_and_parameter_headers_are_sent_and_nulls_omitted()
    {
        using ApiClientCore core = server.CreateCore(options => options.DefaultHeaders["X-GitHub-Api-Version"] = "2022-11-28");
        var request = new ApiRequest("GET", "/echo");
        request.HeaderParameter("X-Request-Id", 42);
        request.HeaderParameter("X-Tags", new[] { "a", "b" });
        request.HeaderParameter("X-Absent", null);

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("2022-11-28", echo.Header("x-github-api-version"));
        Assert.Equal("42", echo.Header("X-Request-Id"));
        Assert.Equal("a,b", echo.Header("X-Tags"));
        Assert.Null(echo.Header("X-Absent"));
    }

    [Fact]
    public async Task A_default_accept_overrides_the_operations_and_per_call_headers_override_both()
    {
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.DefaultHeaders["Accept"] = "application/vnd.github+json";
            options.DefaultHeaders["X-Mode"] = "default";
        });

        var operation = new ApiRequest("GET", "/echo");
        operation.Accept("application/vnd.github.raw");
        operation.Accept("text/plain");
        EchoResponse fromOperation = await core.EchoAsync(operation);

        var perCall = new ApiRequest("GET", "/echo") { Options = new RequestOptions() };
        perCall.Accept("application/vnd.github.raw");
        perCall.Options.Headers["accept"] = "application/vnd.github.html";
        perCall.Options.Headers["x-mode"] = "per-call";
        EchoResponse fromCall = await core.EchoAsync(perCall);

        var withoutDefault = new ApiRequest("GET", "/echo");
        withoutDefault.Accept("application/vnd.github.raw");
        withoutDefault.Accept("text/plain");
        using ApiClientCore plain = server.CreateCore();
        EchoResponse fromOperationOnly = await plain.EchoAsync(withoutDefault);

        Assert.Equal("application/vnd.github.raw, text/plain", fromOperationOnly.Header("Accept"));
        Assert.Equal("application/vnd.github+json", fromOperation.Header("Accept"));
        Assert.Equal("default", fromOperation.Header("X-Mode"));
        Assert.Equal("application/vnd.github.html", fromCall.Header("Accept"));
        Assert.Equal("per-call", fromCall.Header("X-Mode"));
    }

    [Fact]
    public async Task OnResponse_sees_status_response_and_content_headers()
    {
        using ApiClientCore core = server.CreateCore();
        ApiResponseInfo? seen = null;
        var request = new ApiRequest("GET", "/echo/info") { Options = new RequestOptions { OnResponse = info => seen = info } };

        await core.EchoAsync(request);

        Assert.NotNull(seen);
        Assert.Equal(200, seen.StatusCode);
        Assert.Equal(["yes"], seen.Headers["x-echo"]);
        Assert.Equal(["application/json; charset=utf-8"], seen.Headers["CONTENT-TYPE"]);
        Assert.Equal(new Uri(server.BaseUri, "echo/info"), seen.RequestUri);
    }

    [Fact]
    public async Task Header_values_with_line_breaks_are_rejected()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/echo");
        request.HeaderParameter("X-Evil", "a\r\nX-Injected: 1");

        await Assert.ThrowsAsync<ArgumentException>(() => core.SendAsync(request, CancellationToken.None));
    }
}
