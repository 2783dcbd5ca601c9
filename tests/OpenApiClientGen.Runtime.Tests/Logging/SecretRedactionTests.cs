using System.Text;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Logging;

/// <summary>
/// Every kind of credential, through every kind of outcome: the secret must appear neither in any log entry
/// (message, state, exception) nor in the exception the caller gets.
/// </summary>
public sealed class SecretRedactionTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string Secret = "s3cr3t-Zq81";

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (string credential in new[] { "token", "basic", "api-key-header", "api-key-query", "access-token-query", "cookie", "per-call-authorization" })
        {
            foreach (string outcome in new[] { "ok", "401", "404", "500", "bad-json", "reset", "timeout", "refused" })
            {
                cases.Add(credential, outcome);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Secrets_never_reach_logs_or_exceptions(string credential, string outcome)
    {
        MapOutcomes();
        var logs = new CapturingLoggerProvider();
        string baseAddress = outcome == "refused" ? ClosedPort.BaseAddress() : server.BaseUri.AbsoluteUri;
        var options = new ApiClientOptions { Logger = logs.CreateLogger("test"), TimeProvider = new InstantTimeProvider(), Timeout = TimeSpan.FromMilliseconds(outcome == "timeout" ? 200 : 10_000) };
        var request = new ApiRequest("GET", "/outcome/" + outcome);
        request.QueryParameter("page", 1);
        switch (credential)
        {
            case "token": options.Credentials = ApiCredentials.Token(Secret); break;
            case "basic": options.Credentials = ApiCredentials.Basic("octocat", Secret); break;
            case "api-key-header": options.DefaultHeaders["X-API-Key"] = Secret; break;
            case "api-key-query": request.QueryParameter("api_key", Secret); break;
            case "access-token-query": request.QueryParameter("access_token", Secret); break;
            case "cookie": options.DefaultHeaders["Cookie"] = "session=" + Secret; break;
            case "per-call-authorization": request.Options = new RequestOptions { Headers = { ["Authorization"] = "Bearer " + Secret } }; break;
        }

        using var core = new ApiClientCore(options, baseAddress);
        Exception? error = await Record.ExceptionAsync(() => core.SendAsync(request, TestJsonContext.Default.EchoResponse, CancellationToken.None));

        Assert.Equal(outcome == "ok", error is null);
        Assert.NotEmpty(logs.Entries);
        string everything = logs.AllText + "\n" + error + "\n" + Describe(error as ApiException);
        Assert.DoesNotContain(Secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("octocat:" + Secret)), everything, StringComparison.Ordinal);
        if (credential.EndsWith("-query", StringComparison.Ordinal))
        {
            Assert.Contains("=***", logs.Entries[0].Message, StringComparison.Ordinal);
        }
    }

    private static string Describe(ApiException? error) =>
        error is null ? "" : $"{error.RequestUri} {error.Body} {string.Join(";", error.Headers.Select(h => h.Key + "=" + string.Join(",", h.Value)))}";

    private void MapOutcomes()
    {
        server.MapResponse("/outcome/ok", 200, """{"method":"GET"}""");
        server.MapResponse("/outcome/401", 401, """{"message":"Bad credentials"}""", headers: ("WWW-Authenticate", "Bearer"));
        server.MapResponse("/outcome/404", 404, """{"message":"Not Found"}""");
        server.MapResponse("/outcome/500", 500, "oops", "text/plain", ("Set-Cookie", "session=" + Secret));
        server.MapResponse("/outcome/bad-json", 200, "{\"method\": nope");
        server.Map("/outcome/reset", async context =>
        {
            context.Response.ContentLength = 100;
            await context.Response.Body.WriteAsync("{\"meth"u8.ToArray());
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        server.Map("/outcome/timeout", context => Task.Delay(10_000, context.RequestAborted));
    }
}
