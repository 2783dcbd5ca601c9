using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Bodies;

/// <summary>
/// A body whose Content-Encoding lies (the bytes do not decode) fails within the exception family: a success as
/// <see cref="ApiConnectionException"/> (retried like one), a 5xx still as <see cref="ApiServerException"/>, and a
/// returned stream throws <see cref="ApiConnectionException"/> when read.
/// </summary>
public sealed class CorruptCompressionTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    // Invalid for each decoder: no gzip magic number, no zlib header and a reserved deflate block type, no brotli stream.
    private static readonly byte[] Corrupt = Enumerable.Repeat((byte)0xFF, 64).ToArray();

    public static TheoryData<string> Encodings => new() { "gzip", "deflate", "br" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_json_result_is_a_connection_failure_and_retried_like_one(string encoding)
    {
        Counter attempts = MapCorrupt($"/json-{encoding}", 200, encoding, "application/json");
        using ApiClientCore core = server.CreateCore();

        ApiConnectionException error = await Assert.ThrowsAsync<ApiConnectionException>(
            () => core.SendAsync(new ApiRequest("GET", $"/json-{encoding}"), TestJsonContext.Default.EchoResponse, CancellationToken.None));

        Assert.IsType<InvalidDataException>(error.InnerException);
        Assert.Contains("could not be decoded", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + core.Options.Retry.MaxAttempts, attempts.Value);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_text_result_is_a_connection_failure(string encoding)
    {
        MapCorrupt($"/text-{encoding}", 200, encoding, "text/plain");
        using ApiClientCore core = server.CreateCore(options => options.Retry.MaxAttempts = 0);

        ApiConnectionException error = await Assert.ThrowsAsync<ApiConnectionException>(
            () => core.SendForTextAsync(new ApiRequest("GET", $"/text-{encoding}"), CancellationToken.None));

        Assert.IsType<InvalidDataException>(error.InnerException);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_server_error_stays_a_server_error(string encoding)
    {
        MapCorrupt($"/error-{encoding}", 500, encoding, "application/json");
        using ApiClientCore core = server.CreateCore();

        ApiServerException error = await Assert.ThrowsAsync<ApiServerException>(
            () => core.SendAsync(new ApiRequest("GET", $"/error-{encoding}"), TestJsonContext.Default.EchoResponse, CancellationToken.None));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("gone wrong", Assert.Single(error.Headers["X-Reason"]));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Reading_a_returned_stream_throws_a_connection_failure(string encoding)
    {
        MapCorrupt($"/download-{encoding}", 200, encoding, "application/octet-stream");
        using ApiClientCore core = server.CreateCore();

        await using Stream stream = await core.SendForStreamAsync(new ApiRequest("GET", $"/download-{encoding}"), CancellationToken.None);

        ApiConnectionException error = await Assert.ThrowsAsync<ApiConnectionException>(() => stream.CopyToAsync(Stream.Null));
        Assert.IsType<InvalidDataException>(error.InnerException);
        Assert.Throws<ApiConnectionException>(() => stream.ReadByte());
    }

    private Counter MapCorrupt(string path, int status, string encoding, string contentType)
    {
        var attempts = new Counter();
        server.Map(path, async (HttpContext context) =>
        {
            attempts.Increment();
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.Headers.ContentEncoding = encoding;
            context.Response.Headers["X-Reason"] = "gone wrong";
            context.Response.ContentLength = Corrupt.Length;
            await context.Response.Body.WriteAsync(Corrupt, context.RequestAborted);
        });
        return attempts;
    }
}
