using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests;

public sealed class ErrorTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Theory]
    [InlineData(400, typeof(ApiException))]
    [InlineData(401, typeof(ApiAuthenticationException))]
    [InlineData(403, typeof(ApiForbiddenException))]
    [InlineData(404, typeof(ApiNotFoundException))]
    [InlineData(418, typeof(ApiException))]
    [InlineData(422, typeof(ApiValidationException))]
    [InlineData(500, typeof(ApiServerException))]
    [InlineData(503, typeof(ApiServerException))]
    public async Task Error_statuses_become_typed_exceptions_with_status_headers_and_body(int status, Type expectedType)
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/status/{code}");
        request.PathParameter("code", status);

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => core.SendAsync(request, TestJsonContext.Default.EchoResponse, CancellationToken.None));

        Assert.IsType(expectedType, error);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal($"problem {status}", error.Body);
        Assert.Equal(["e-17"], error.Headers["x-error-id"]);
        Assert.Equal("GET", error.RequestMethod);
        Assert.Equal(new Uri(server.BaseUri, $"status/{status}"), error.RequestUri);
    }

    [Fact]
    public async Task The_message_names_request_status_and_body()
    {
        using ApiClientCore core = server.CreateCore();

        ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(
            () => core.SendAsync(new ApiRequest("DELETE", "/status/404"), CancellationToken.None));

        Assert.Equal($"DELETE {server.BaseUri}status/404 returned 404 Not Found: problem 404", error.Message);
        Assert.Equal("Not Found", error.ReasonPhrase);
    }

    [Fact]
    public async Task Large_error_bodies_are_kept_up_to_64_KiB_and_the_message_stays_short()
    {
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/status/500");
        request.QueryParameter("size", 200_000);

        ApiServerException error = await Assert.ThrowsAsync<ApiServerException>(() => core.SendForTextAsync(request, CancellationToken.None));

        Assert.Equal(64 * 1024, error.Body!.Length);
        Assert.EndsWith(new string('x', 200) + "…", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Fact]
    public async Task Error_statuses_throw_for_stream_responses_too()
    {
        using ApiClientCore core = server.CreateCore();

        await Assert.ThrowsAsync<ApiValidationException>(() => core.SendForStreamAsync(new ApiRequest("POST", "/status/422"), CancellationToken.None));
    }
}
