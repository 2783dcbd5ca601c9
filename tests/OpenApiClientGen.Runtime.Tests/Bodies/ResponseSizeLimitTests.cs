using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Bodies;

/// <summary>
/// Text and JSON results read at most <see cref="ApiClientOptions.MaxResponseTextBytes"/> of decoded body: past it the
/// call fails with an <see cref="ApiException"/> carrying the status and the start of the body, also when a small gzip
/// body would inflate to gigabytes.
/// </summary>
public sealed class ResponseSizeLimitTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const int Limit = 1024 * 1024;

    [Fact]
    public async Task A_text_body_over_the_limit_fails_with_the_status_and_the_start_of_the_body()
    {
        MapText("/long-text", Limit + 1);
        using ApiClientCore core = CreateCore();

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => core.SendForTextAsync(new ApiRequest("GET", "/long-text"), CancellationToken.None));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal(new string('x', 64 * 1024), error.Body);
        Assert.Contains("MaxResponseTextBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_body_at_the_limit_is_read_whole()
    {
        MapText("/text-at-limit", Limit);
        using ApiClientCore core = CreateCore();

        string text = await core.SendForTextAsync(new ApiRequest("GET", "/text-at-limit"), CancellationToken.None);

        Assert.Equal(Limit, text.Length);
    }

    [Fact]
    public async Task A_json_body_over_the_limit_fails_the_same_way()
    {
        server.Map("/long-json", context =>
            ScriptedServer.Respond(context, 200, "[" + string.Join(',', Enumerable.Repeat("12345678", Limit / 9 + 10)) + "]", "application/json"));
        using ApiClientCore core = CreateCore();

        ApiException error = await Assert.ThrowsAsync<ApiException>(
            () => core.SendAsync(new ApiRequest("GET", "/long-json"), TestJsonContext.Default.ListInt32, CancellationToken.None));

        Assert.Equal(200, error.StatusCode);
        Assert.StartsWith("[12345678,", error.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_gzip_bomb_stops_at_the_limit(bool json)
    {
        string path = json ? "/bomb-json" : "/bomb-text";
        server.Map(path, context => InflatingForeverAsync(context, json));
        using ApiClientCore core = CreateCore();

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => json
            ? core.SendAsync(new ApiRequest("GET", path), TestJsonContext.Default.EchoResponse, CancellationToken.None)
            : core.SendForTextAsync(new ApiRequest("GET", path), CancellationToken.None));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("MaxResponseTextBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_must_be_positive()
    {
        Assert.Equal(32 * 1024 * 1024, new ApiClientOptions().MaxResponseTextBytes);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApiClientOptions { MaxResponseTextBytes = 0 });
    }

    private ApiClientCore CreateCore() => server.CreateCore(options => options.MaxResponseTextBytes = Limit);

    private void MapText(string path, int length) =>
        server.Map(path, context => ScriptedServer.Respond(context, 200, new string('x', length)));

    /// <summary>
    /// Up to 4 GiB of decoded text (a JSON string for <paramref name="json"/>), compressed as it is written, a few KiB
    /// per MiB: the client has to stop reading, nothing is ever held in memory whole.
    /// </summary>
    private static async Task InflatingForeverAsync(HttpContext context, bool json)
    {
        context.Response.ContentType = json ? "application/json" : "text/plain";
        context.Response.Headers.ContentEncoding = "gzip";
        byte[] chunk = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
        try
        {
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest);
            if (json)
            {
                await gzip.WriteAsync("{\"method\":\""u8.ToArray(), context.RequestAborted);
            }

            for (int i = 0; i < 4096; i++)
            {
                await gzip.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client stopped reading and went away, as it should.
        }
    }
}
