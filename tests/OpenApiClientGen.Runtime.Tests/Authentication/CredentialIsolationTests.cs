using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Authentication;

/// <summary>Credentials are read per request: clients sharing one HttpClient never mix them, and changing them on a live client is safe.</summary>
public sealed class CredentialIsolationTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    public static TheoryData<string, Func<string, ApiCredentials>, Func<EchoResponse, string?>> Kinds() => new()
    {
        { "api key header", who => ApiCredentials.ApiKey("X-Key", who), echo => echo.Header("X-Key") },
        { "api key query", who => ApiCredentials.ApiKey("key", who, ApiKeyLocation.Query), echo => echo.RawTarget.Split("key=").ElementAtOrDefault(1) },
        { "cookie", who => ApiCredentials.Cookie("sid", who), echo => echo.Header("Cookie")?.Replace("sid=", "", StringComparison.Ordinal) },
        { "oauth", who => ApiCredentials.OAuth(new FixedTokenProvider(who)), echo => echo.Header("Authorization")?.Replace("Bearer ", "", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Clients_sharing_an_HttpClient_send_only_their_own_credentials(string kind, Func<string, ApiCredentials> create, Func<EchoResponse, string?> sent)
    {
        using var shared = new HttpClient(new SocketsHttpHandler { UseCookies = false });
        using ApiClientCore alice = server.CreateCore(options => { options.HttpClient = shared; options.Credentials = create("alice"); });
        using ApiClientCore bob = server.CreateCore(options => { options.HttpClient = shared; options.Credentials = create("bob"); });

        EchoResponse[] echoes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? alice : bob).EchoAsync(new ApiRequest("GET", "/echo"))));

        for (int i = 0; i < echoes.Length; i++)
        {
            Assert.True(sent(echoes[i]) == (i % 2 == 0 ? "alice" : "bob"), $"{kind}, request {i}: {sent(echoes[i])}");
        }
    }

    [Fact]
    public async Task Credentials_replaced_from_another_thread_apply_whole_to_each_request()
    {
        ApiCredentials token = ApiCredentials.Token("one");
        ApiCredentials key = ApiCredentials.ApiKey("X-Key", "two");
        using ApiClientCore core = server.CreateCore(options => options.Credentials = token);
        using var stop = new CancellationTokenSource();
        Task flipper = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                core.Options.Credentials = core.Options.Credentials == token ? key : token;
                await Task.Yield();
            }
        });

        EchoResponse[] echoes = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => core.EchoAsync(new ApiRequest("GET", "/echo"))));
        await stop.CancelAsync();
        await flipper;

        // Each request carries one of the two credentials completely, never parts of both.
        Assert.All(echoes, echo => Assert.True(
            (echo.Header("Authorization") == "Bearer one" && echo.Header("X-Key") is null)
            || (echo.Header("Authorization") is null && echo.Header("X-Key") == "two"),
            $"Authorization: {echo.Header("Authorization")}, X-Key: {echo.Header("X-Key")}"));
    }

    private sealed class FixedTokenProvider(string token) : IAccessTokenProvider
    {
        public async ValueTask<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            // Asynchronous on purpose, so requests of both clients interleave while tokens are fetched.
            await Task.Yield();
            return new AccessToken(token, null);
        }
    }
}
