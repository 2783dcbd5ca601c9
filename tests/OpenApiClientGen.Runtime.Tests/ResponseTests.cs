using System.Text.Json;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class ResponseTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Fact]
    public async Task Json_responses_are_deserialized_with_the_given_metadata()
    {
        using ApiClientCore core = server.CreateCore();

        EchoResponse echo = await core.SendAsync(new ApiRequest("PATCH", "/echo/json"), TestJsonContext.Default.EchoResponse, CancellationToken.None);

        Assert.Equal("PATCH", echo.Method);
        Assert.Equal("/echo/json", echo.RawTarget);
    }

    [Fact]
    public async Task Text_responses_are_decoded_with_the_declared_charset()
    {
        using ApiClientCore core = server.CreateCore();

        string text = await core.SendForTextAsync(new ApiRequest("GET", "/text"), CancellationToken.None);

        Assert.Equal(KestrelServer.TextBody, text);
    }

    [Fact]
    public async Task Stream_responses_return_the_raw_bytes()
    {
        using ApiClientCore core = server.CreateCore();

        await using Stream stream = await core.SendForStreamAsync(new ApiRequest("GET", "/bytes"), CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(Enumerable.Range(0, 256).Select(i => (byte)i), copy.ToArray());
    }

    [Fact]
    public async Task Stream_responses_are_returned_before_the_body_has_ended()
    {
        // The server never finishes this body; a buffering implementation would not return.
        using ApiClientCore core = server.CreateCore();

        await using Stream stream = await core.SendForStreamAsync(new ApiRequest("GET", "/endless"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));
        byte[] first = new byte[5];
        await stream.ReadExactlyAsync(first).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("first"u8.ToArray(), first);
    }

    [Fact]
    public async Task Success_without_a_result_does_not_need_a_json_body()
    {
        using ApiClientCore core = server.CreateCore();
        int? status = null;
        var request = new ApiRequest("GET", "/bytes") { Options = new RequestOptions { OnResponse = info => status = info.StatusCode } };

        await core.SendAsync(request, CancellationToken.None);

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("/invalid-json", KestrelServer.InvalidJson)]
    [InlineData("/truncated-json", KestrelServer.TruncatedJson)]
    public async Task Bad_json_becomes_a_serialization_exception_with_body_and_position(string path, string body)
    {
        using ApiClientCore core = server.CreateCore();

        ApiSerializationException error = await Assert.ThrowsAsync<ApiSerializationException>(
            () => core.SendAsync(new ApiRequest("GET", path), TestJsonContext.Default.EchoResponse, CancellationToken.None));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal(body, error.Body);
        Assert.Equal(typeof(EchoResponse), error.TargetType);
        Assert.Equal(0, error.LineNumber);
        Assert.True(error.BytePositionInLine > 0);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.Contains("EchoResponse", error.Message, StringComparison.Ordinal);
    }
}
