using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Errors;

/// <summary>Failure mappings not covered by ErrorTests, ResponseTests and ConnectionAndTimeoutTests.</summary>
public sealed class ErrorMappingTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Fact]
    public async Task An_unresolvable_host_becomes_a_connection_exception()
    {
        // https, so credentials are sent at all; the name fails to resolve before any TLS.
        using var core = new ApiClientCore(new ApiClientOptions { Credentials = ApiCredentials.Token("ghp_dns_secret"), TimeProvider = new InstantTimeProvider() }, "https://api.example.invalid");

        ApiConnectionException error = await Assert.ThrowsAsync<ApiConnectionException>(
            () => core.SendAsync(new ApiRequest("GET", "/user"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(new Uri("https://api.example.invalid/user"), error.RequestUri);
        Assert.DoesNotContain("ghp_dns_secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_reset_in_the_middle_of_a_json_body_becomes_a_connection_exception()
    {
        server.Map("/reset-json", AbortMidBody("{\"method\": \"GET\", \"rawTarget\": \"/ec"));
        using ApiClientCore core = server.CreateCore();

        ApiConnectionException error = await Assert.ThrowsAsync<ApiConnectionException>(
            () => core.SendAsync(new ApiRequest("GET", "/reset-json"), TestJsonContext.Default.EchoResponse, CancellationToken.None));

        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Equal(new Uri(server.BaseUri, "reset-json"), error.RequestUri);
    }

    [Fact]
    public async Task A_connection_reset_in_the_middle_of_a_text_body_becomes_a_connection_exception()
    {
        server.Map("/reset-text", AbortMidBody("the first part of a longer text"));
        using ApiClientCore core = server.CreateCore();

        await Assert.ThrowsAsync<ApiConnectionException>(() => core.SendForTextAsync(new ApiRequest("GET", "/reset-text"), CancellationToken.None));
    }

    [Fact]
    public async Task A_reset_while_reading_an_error_body_still_reports_the_status()
    {
        server.Map("/reset-error", AbortMidBody("{\"message\": \"Not Fo", status: 404));
        using ApiClientCore core = server.CreateCore();

        ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(
            () => core.SendAsync(new ApiRequest("GET", "/reset-error"), CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task A_body_that_stalls_past_the_timeout_becomes_a_timeout_exception()
    {
        server.Map("/stall", async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 1000;
            await context.Response.Body.WriteAsync("{\"method\": "u8.ToArray());
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using ApiClientCore core = server.CreateCore(options => options.Timeout = TimeSpan.FromMilliseconds(500));

        ApiTimeoutException error = await Assert.ThrowsAsync<ApiTimeoutException>(
            () => core.SendAsync(new ApiRequest("GET", "/stall"), TestJsonContext.Default.EchoResponse, CancellationToken.None));

        Assert.Equal(TimeSpan.FromMilliseconds(500), error.Timeout);
    }

    [Fact]
    public async Task Html_where_json_was_expected_becomes_a_serialization_exception()
    {
        const string html = "<!DOCTYPE html><html><body>Service unavailable</body></html>";
        server.MapResponse("/html", 200, html, "text/html; charset=utf-8");
        using ApiClientCore core = server.CreateCore();

        ApiSerializationException error = await Assert.ThrowsAsync<ApiSerializationException>(
            () => core.SendAsync(new ApiRequest("GET", "/html"), TestJsonContext.Default.EchoResponse, CancellationToken.None));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal(html, error.Body);
        Assert.Equal(0, error.BytePositionInLine);
        Assert.Equal(["text/html; charset=utf-8"], error.Headers["Content-Type"]);
    }

    [Fact]
    public async Task GitHub_validation_errors_are_read_into_the_error_list()
    {
        const string body = """
            {"message":"Validation Failed","errors":[{"resource":"Issue","field":"title","code":"missing_field"},
             {"resource":"Issue","code":"custom","field":"labels","message":"too many labels"},"a plain message"],
             "documentation_url":"https://docs.github.com/rest/issues/issues#create-an-issue","status":"422"}
            """;
        server.MapResponse("/repos/o/r/issues", 422, body);
        using ApiClientCore core = server.CreateCore();

        ApiValidationException error = await Assert.ThrowsAsync<ApiValidationException>(
            () => core.SendAsync(new ApiRequest("POST", "/repos/o/r/issues"), CancellationToken.None));

        Assert.Equal(
            [
                new ApiValidationError("Issue", "title", "missing_field", null),
                new ApiValidationError("Issue", "labels", "custom", "too many labels"),
                new ApiValidationError(null, null, null, "a plain message"),
            ],
            error.Errors);
        Assert.Equal("https://docs.github.com/rest/issues/issues#create-an-issue", error.DocumentationUrl);
        Assert.Equal(422, error.StatusCode);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"message":"Validation Failed","errors":"oops"}""")]
    [InlineData("[1, 2]")]
    public async Task A_validation_body_of_another_shape_gives_an_empty_error_list(string body)
    {
        server.MapResponse("/odd-422", 422, body);
        using ApiClientCore core = server.CreateCore();

        ApiValidationException error = await Assert.ThrowsAsync<ApiValidationException>(
            () => core.SendAsync(new ApiRequest("POST", "/odd-422"), CancellationToken.None));

        Assert.Empty(error.Errors);
        Assert.Null(error.DocumentationUrl);
        Assert.Equal(body, error.Body);
    }

    [Fact]
    public async Task Status_429_becomes_a_rate_limit_exception_with_retry_after_and_reset()
    {
        server.MapResponse("/429", 429, """{"message":"slow down"}""", headers:
        [
            ("Retry-After", "30"), ("X-RateLimit-Limit", "60"), ("X-RateLimit-Remaining", "0"),
            ("X-RateLimit-Used", "60"), ("X-RateLimit-Reset", "1750000000"),
        ]);
        using ApiClientCore core = server.CreateCore();

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/429"), CancellationToken.None));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000000), error.Reset);
        Assert.Equal(new RateLimitInfo(60, 0, 60, DateTimeOffset.FromUnixTimeSeconds(1750000000)), error.RateLimit);
    }

    [Fact]
    public async Task Status_429_without_headers_is_still_a_rate_limit_exception()
    {
        server.MapResponse("/429-bare", 429, "");
        using ApiClientCore core = server.CreateCore();

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/429-bare"), CancellationToken.None));

        Assert.Null(error.RetryAfter);
        Assert.Null(error.Reset);
        Assert.Null(error.RateLimit);
    }

    [Fact]
    public async Task Status_403_with_no_requests_remaining_is_a_rate_limit_exception()
    {
        long reset = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        server.MapResponse("/403-exhausted", 403, """{"message":"API rate limit exceeded"}""", headers:
        [
            ("X-RateLimit-Limit", "5000"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset.ToString(CultureInfo.InvariantCulture)),
        ]);
        using ApiClientCore core = server.CreateCore();

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/403-exhausted"), CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(reset), error.Reset);
        Assert.Equal(5000, error.RateLimit!.Used);
    }

    [Fact]
    public async Task Status_403_with_a_retry_after_date_is_a_secondary_rate_limit()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        server.MapResponse("/403-secondary", 403, """{"message":"You have exceeded a secondary rate limit"}""", headers:
        [
            ("Retry-After", now.AddSeconds(90).ToString("r", CultureInfo.InvariantCulture)), ("Date", now.ToString("r", CultureInfo.InvariantCulture)),
        ]);
        using ApiClientCore core = server.CreateCore();

        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(() => core.SendAsync(new ApiRequest("GET", "/403-secondary"), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(90), error.RetryAfter);
    }

    [Fact]
    public async Task Status_403_with_requests_remaining_stays_forbidden()
    {
        server.MapResponse("/403-forbidden", 403, """{"message":"Resource not accessible by integration"}""", headers:
        [
            ("X-RateLimit-Limit", "5000"), ("X-RateLimit-Remaining", "4999"),
        ]);
        using ApiClientCore core = server.CreateCore();

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => core.SendAsync(new ApiRequest("GET", "/403-forbidden"), CancellationToken.None));

        Assert.IsType<ApiForbiddenException>(error);
    }

    [Theory]
    [InlineData("access_token")]
    [InlineData("token")]
    [InlineData("key")]
    [InlineData("password")]
    [InlineData("secret")]
    [InlineData("client_secret")]
    [InlineData("API_KEY")]
    public async Task Secret_query_values_are_masked_in_the_exception_uri_and_message(string name)
    {
        server.MapResponse("/secret-query", 404, "gone");
        using ApiClientCore core = server.CreateCore();
        var request = new ApiRequest("GET", "/secret-query");
        request.QueryParameter("page", 2);
        request.QueryParameter(name, "s3cr3t-value");
        request.QueryParameter("sort", "created");

        ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(() => core.SendAsync(request, CancellationToken.None));

        Assert.Equal($"{server.BaseUri}secret-query?page=2&{name}=***&sort=created", error.RequestUri!.AbsoluteUri);
        Assert.DoesNotContain("s3cr3t-value", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{name}=***", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_the_error_response_sets_are_masked_in_the_exception_headers()
    {
        server.MapResponse("/set-cookie", 500, "boom", headers: [("Set-Cookie", "session=abc123; HttpOnly"), ("X-Request-Id", "r-1")]);
        using ApiClientCore core = server.CreateCore();

        ApiServerException error = await Assert.ThrowsAsync<ApiServerException>(() => core.SendAsync(new ApiRequest("GET", "/set-cookie"), CancellationToken.None));

        Assert.Equal(["***"], error.Headers["set-cookie"]);
        Assert.Equal(["r-1"], error.Headers["X-Request-Id"]);
    }

    /// <summary>Announces a longer body than it sends, then drops the connection.</summary>
    private static RequestDelegate AbortMidBody(string part, int status = 200) => async context =>
    {
        byte[] bytes = Encoding.UTF8.GetBytes(part);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length + 1000;
        await context.Response.Body.WriteAsync(bytes);
        await context.Response.Body.FlushAsync();
        await Task.Delay(50);
        context.Abort();
    };
}
