using System.Net;

namespace OpenApiClientGen.Runtime.Tests.Authentication;

public sealed class CookieSessionTests : IAsyncLifetime
{
    private AuthServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await AuthServer.StartAsync();

        // /login?user=x starts a session for x; /logout ends it; everything else just answers.
        _server.Map("/login", request => new Reply(200, "{}", Headers:
        [
            ("Set-Cookie", "session=" + request.RawTarget.Split("user=")[1] + "; Path=/; HttpOnly"),
            ("Set-Cookie", "theme=dark; Path=/prefs"),
        ]));
        _server.Map("/logout", _ => new Reply(200, "{}", Headers: [("Set-Cookie", "session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT")]));
        _server.Map("/me", _ => Reply.Ok());
        _server.Map("/prefs/colors", _ => Reply.Ok());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task With_UseCookies_cookies_the_server_sets_are_sent_back_where_their_path_allows()
    {
        using ApiClientCore core = _server.CreateCore(options => options.UseCookies = true);

        await SendAsync(core, "/login?user=alice");
        await SendAsync(core, "/me");
        await SendAsync(core, "/prefs/colors");

        Assert.Null(_server.RequestsTo("/login")[0].Header("Cookie"));
        Assert.Equal("session=alice", _server.RequestsTo("/me")[0].Header("Cookie"));
        Assert.Equal(["session=alice", "theme=dark"], Cookies(_server.RequestsTo("/prefs/colors")[0]));
        Assert.Equal(2, core.Options.Cookies.Count);
    }

    [Fact]
    public async Task Without_UseCookies_neither_the_client_nor_its_own_handler_keeps_cookies()
    {
        using ApiClientCore core = _server.CreateCore();

        await SendAsync(core, "/login?user=alice");
        await SendAsync(core, "/me");

        // Also shows that the owned handler does not keep cookies itself.
        Assert.Null(_server.RequestsTo("/me")[0].Header("Cookie"));
        Assert.False(core.Options.UseCookies);
    }

    [Fact]
    public async Task An_expired_cookie_from_the_server_ends_the_session()
    {
        using ApiClientCore core = _server.CreateCore(options => options.UseCookies = true);

        await SendAsync(core, "/login?user=alice");
        await SendAsync(core, "/logout");
        await SendAsync(core, "/me");

        Assert.Equal("session=alice", _server.RequestsTo("/logout")[0].Header("Cookie"));
        Assert.Null(_server.RequestsTo("/me")[0].Header("Cookie"));
    }

    [Fact]
    public async Task Clients_sharing_an_HttpClient_keep_separate_sessions()
    {
        using var shared = new HttpClient(new SocketsHttpHandler { UseCookies = false });
        using ApiClientCore alice = _server.CreateCore(options => { options.HttpClient = shared; options.UseCookies = true; });
        using ApiClientCore bob = _server.CreateCore(options => { options.HttpClient = shared; options.UseCookies = true; });
        using ApiClientCore anonymous = _server.CreateCore(options => { options.HttpClient = shared; options.UseCookies = true; });
        await SendAsync(alice, "/login?user=alice");
        await SendAsync(bob, "/login?user=bob");

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => SendAsync((i % 3) switch { 0 => alice, 1 => bob, _ => anonymous }, "/me?caller=" + i)));

        RecordedRequest[] calls = _server.RequestsTo("/me");
        Assert.Equal(30, calls.Length);
        Assert.All(calls, call =>
        {
            int caller = int.Parse(call.RawTarget.Split("caller=")[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((caller % 3) switch { 0 => "session=alice", 1 => "session=bob", _ => null }, call.Header("Cookie"));
        });
    }

    [Fact]
    public async Task A_prefilled_jar_turns_the_session_on_and_is_updated_by_the_server()
    {
        var jar = new CookieContainer();
        jar.Add(new Cookie("session", "from-elsewhere", "/", _server.BaseUri.Host));
        using ApiClientCore core = _server.CreateCore(options => options.Cookies = jar);

        await SendAsync(core, "/me");
        await SendAsync(core, "/login?user=carol");
        await SendAsync(core, "/me");

        Assert.True(core.Options.UseCookies);
        RecordedRequest[] calls = _server.RequestsTo("/me");
        Assert.Equal("session=from-elsewhere", calls[0].Header("Cookie"));
        Assert.Equal("session=carol", calls[1].Header("Cookie"));
        Assert.Equal("carol", jar.GetCookies(_server.BaseUri)["session"]?.Value);
    }

    [Fact]
    public async Task Session_cookies_and_a_cookie_credential_travel_together()
    {
        using ApiClientCore core = _server.CreateCore(options =>
        {
            options.UseCookies = true;
            options.Credentials = ApiCredentials.Cookie("csrf", "t-1");
        });

        await SendAsync(core, "/login?user=dave");
        await SendAsync(core, "/me");

        Assert.Equal("csrf=t-1", _server.RequestsTo("/login")[0].Header("Cookie"));
        Assert.Equal(["csrf=t-1", "session=dave"], Cookies(_server.RequestsTo("/me")[0]));
    }

    private static Task SendAsync(ApiClientCore core, string pathAndQuery)
    {
        string[] parts = pathAndQuery.Split('?', 2);
        var request = new ApiRequest("GET", parts[0]);
        if (parts.Length == 2)
        {
            string[] pair = parts[1].Split('=', 2);
            request.QueryParameter(pair[0], pair[1]);
        }

        return core.SendAsync(request, CancellationToken.None);
    }

    private static string[] Cookies(RecordedRequest request) =>
        (request.Header("Cookie") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
}
