using System.Text;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class RequestBodyTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Fact]
    public async Task Json_bodies_are_compact_buffered_and_typed_as_utf8_json()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("POST", "/echo");

        // The context asks for indented output; request bodies are compact regardless.
        request.JsonBody(new SamplePayload { Name = "octö", Count = 2 }, TestJsonContext.Default.SamplePayload);

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("{\"name\":\"oct\\u00F6\",\"count\":2}", echo.Body);
        Assert.Equal("application/json; charset=utf-8", echo.Header("Content-Type"));
        Assert.Equal(Encoding.UTF8.GetByteCount(echo.Body).ToString(System.Globalization.CultureInfo.InvariantCulture), echo.Header("Content-Length"));
        Assert.Null(echo.Header("Transfer-Encoding"));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    public async Task Body_methods_without_a_body_send_content_length_zero(string method)
    {
        using ApiClientCore core = server.CreateCore();

        EchoResponse echo = await core.EchoAsync(new ApiRequest(method, "/echo"));

        Assert.Equal(method, echo.Method);
        Assert.Equal("0", echo.Header("Content-Length"));
        Assert.Null(echo.Header("Transfer-Encoding"));
    }

    [Fact]
    public async Task Get_without_a_body_sends_no_content_headers()
    {
        using ApiClientCore core = server.CreateCore();

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/echo"));

        Assert.Null(echo.Header("Content-Length"));
        Assert.Null(echo.Header("Content-Type"));
    }

    [Fact]
    public async Task Text_bodies_default_to_utf8()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("PUT", "/echo");
        request.TextBody("grüße", "text/markdown");

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("grüße", echo.Body);
        Assert.Equal("text/markdown; charset=utf-8", echo.Header("Content-Type"));
        Assert.Equal("7", echo.Header("Content-Length"));
    }

    [Fact]
    public async Task Byte_bodies_keep_their_media_type()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("POST", "/echo");
        request.BytesBody("abc"u8.ToArray(), "application/octet-stream");

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("abc", echo.Body);
        Assert.Equal("application/octet-stream", echo.Header("Content-Type"));
        Assert.Equal("3", echo.Header("Content-Length"));
    }

    [Fact]
    public async Task Seekable_stream_bodies_get_a_length_and_the_stream_stays_open()
    {
        using ApiClientCore core = server.CreateCore();
        using var content = new MemoryStream("--stream--"u8.ToArray());
        content.Position = 2;
        var request = new ApiRequest("POST", "/echo");
        request.StreamBody(content, "application/zip");

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal("stream--", echo.Body);
        Assert.Equal("8", echo.Header("Content-Length"));
        Assert.Equal("application/zip", echo.Header("Content-Type"));
        Assert.True(content.CanRead, "The caller's stream must not be disposed.");
    }

    [Fact]
    public async Task A_per_call_content_type_replaces_the_declared_media_type_of_a_raw_body()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("POST", "/echo/upload") { Options = new RequestOptions() };
        request.Options.Headers["Content-Type"] = "text/plain";
        request.StreamBody(new MemoryStream("Hello, world!\n"u8.ToArray()), "application/octet-stream");

        EchoResponse echo = await core.EchoAsync(request);

        Assert.Equal(("text/plain", "14", "Hello, world!\n"), (echo.Header("Content-Type"), echo.Header("Content-Length"), echo.Body));
    }
}
