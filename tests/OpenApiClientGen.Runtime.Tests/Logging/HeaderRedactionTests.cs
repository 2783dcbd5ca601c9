using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Logging;

/// <summary>
/// Response headers that echo secrets in URLs (Location, Content-Location, Link, Refresh) are masked in exceptions and
/// logs by the rule of the request URI: well-known secret names and the client's own API-key query name.
/// </summary>
public sealed class HeaderRedactionTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string Secret = "s3cr3t-Hd42";

    public static TheoryData<string> Outcomes => new() { "500", "bad-json", "redirect-loop" };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Secret_query_values_in_response_headers_are_masked(string outcome)
    {
        (string Name, string Value)[] echoing =
        [
            ("Content-Location", $"/x?token={Secret}&page=2"),
            ("Link", $"<https://api.test/list?client_secret={Secret}&page=2>; rel=\"next\", <https://api.test/list?api_key={Secret}>; rel=\"last\""),
            ("Refresh", $"0; url=/x?page=3&access_token={Secret}"),
            ("X-Callback", $"https://api.test/cb?mykey={Secret}"),
        ];
        server.MapResponse("/headers/500", 500, "oops", "text/plain", [("Location", $"/x?key={Secret}"), .. echoing]);
        server.MapResponse("/headers/bad-json", 200, "{\"method\": nope", headers: [("Location", $"/x?key={Secret}"), .. echoing]);
        server.MapResponse("/headers/redirect-loop", 302, "", "text/plain", [("Location", $"/headers/redirect-loop?key={Secret}"), .. echoing]);
        var logs = new CapturingLoggerProvider();
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.Credentials = ApiCredentials.ApiKey("mykey", Secret, ApiKeyLocation.Query);
            options.Logger = logs.CreateLogger("test");
            options.Retry.MaxAttempts = 0;
        });

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(
            () => core.SendAsync(new ApiRequest("GET", "/headers/" + outcome), TestJsonContext.Default.EchoResponse, CancellationToken.None));

        string headers = string.Join("\n", error.Headers.Select(header => header.Key + ": " + string.Join(", ", header.Value)));
        Assert.DoesNotContain(Secret, headers + "\n" + error + "\n" + logs.AllText, StringComparison.Ordinal);
        Assert.Contains("key=***", Assert.Single(error.Headers["Location"]), StringComparison.Ordinal);
        Assert.Equal("/x?token=***&page=2", Assert.Single(error.Headers["Content-Location"]));
        Assert.Equal(
            "<https://api.test/list?client_secret=***&page=2>; rel=\"next\", <https://api.test/list?api_key=***>; rel=\"last\"",
            Assert.Single(error.Headers["Link"]));
        Assert.Equal("0; url=/x?page=3&access_token=***", Assert.Single(error.Headers["Refresh"]));
        Assert.Equal("https://api.test/cb?mykey=***", Assert.Single(error.Headers["X-Callback"]));
    }

    [Fact]
    public async Task Headers_without_secrets_are_kept_as_sent()
    {
        server.MapResponse("/headers/plain", 404, "{}", headers: [("Link", "<https://api.test/list?page=2&per_page=10>; rel=\"next\""), ("X-Note", "a=b; c=d")]);
        using ApiClientCore core = server.CreateCore();

        ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(() => core.SendAsync(new ApiRequest("GET", "/headers/plain"), CancellationToken.None));

        Assert.Equal("<https://api.test/list?page=2&per_page=10>; rel=\"next\"", Assert.Single(error.Headers["Link"]));
        Assert.Equal("a=b; c=d", Assert.Single(error.Headers["X-Note"]));
    }
}
