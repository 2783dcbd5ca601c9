using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Logging;

/// <summary>API-key and cookie credentials: their secret never reaches logs or exceptions, whatever the key is called.</summary>
public sealed class ApiKeyRedactionTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string Secret = "k3y-Vx72";

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (string credential in new[] { "header", "query", "query-replacing-a-parameter", "cookie-key", "cookie" })
        {
            foreach (int status in new[] { 200, 401, 404, 503 })
            {
                cases.Add(credential, status);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Api_key_secrets_never_reach_logs_or_exceptions(string credential, int status)
    {
        string? sent = null;
        server.Map("/keyed", context =>
        {
            sent = context.Request.QueryString + " " + context.Request.Headers["X-Service-Key"] + " " + context.Request.Headers.Cookie;
            return ScriptedServer.Respond(context, status, """{"message":"done"}""", "application/json");
        });
        var logs = new CapturingLoggerProvider();
        var request = new ApiRequest("GET", "/keyed");
        request.QueryParameter("page", 3);

        // "sig" and "X-Service-Key" are on no list of secret names: only the credentials say they are secret.
        ApiCredentials credentials = credential switch
        {
            "header" => ApiCredentials.ApiKey("X-Service-Key", Secret, ApiKeyLocation.Header),
            "query" => ApiCredentials.ApiKey("sig", Secret, ApiKeyLocation.Query),
            "query-replacing-a-parameter" => ApiCredentials.ApiKey("page", Secret, ApiKeyLocation.Query),
            "cookie-key" => ApiCredentials.ApiKey("sid", Secret, ApiKeyLocation.Cookie),
            _ => ApiCredentials.Cookie("session", Secret),
        };
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.Credentials = credentials;
            options.Logger = logs.CreateLogger("test");
        });

        Exception? error = await Record.ExceptionAsync(() => core.SendAsync(request, CancellationToken.None));

        Assert.Contains(Secret, sent, StringComparison.Ordinal);
        Assert.Equal(status == 200, error is null);
        string everything = logs.AllText + "\n" + error + "\n" + (error as ApiException)?.RequestUri;
        Assert.DoesNotContain(Secret, everything, StringComparison.Ordinal);
        if (credential.StartsWith("query", StringComparison.Ordinal))
        {
            Assert.All(logs.Entries, entry => Assert.Contains("=***", entry.State["Uri"], StringComparison.Ordinal));
        }
    }
}
