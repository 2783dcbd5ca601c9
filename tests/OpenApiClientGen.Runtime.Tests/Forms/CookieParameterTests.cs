using System.Net;

namespace OpenApiClientGen.Runtime.Tests.Forms;

/// <summary>Cookie parameters share the one Cookie header with session and API-key cookies.</summary>
public sealed class CookieParameterTests(FormServer server) : IClassFixture<FormServer>
{
    [Fact]
    public async Task Cookie_parameters_are_encoded_and_merged_with_session_and_api_key_cookies()
    {
        var request = new ApiRequest("GET", "/cookies");
        request.CookieParameter("theme", "dark blue;ü");
        request.CookieParameter("ids", new[] { 1, 2 });
        request.CookieParameter("absent", null);
        request.CookieParameter("session", "from-parameter");

        ReceivedRequest received = await server.SendAsync(request, options =>
        {
            options.AllowInsecureHttp = true;
            options.Credentials = ApiCredentials.Cookie("api_key", "k1");
            options.UseCookies = true;
            options.Cookies.Add(server.BaseUri, new Cookie("session", "from-jar"));
        });

        // ',' is not a cookie-octet either (RFC 6265), so the joined list is encoded too.
        Assert.Equal("theme=dark%20blue%3B%C3%BC; ids=1%2C2; session=from-jar; api_key=k1", received.Cookie);
    }

    [Fact]
    public void An_invalid_cookie_name_is_rejected_before_sending()
    {
        var request = new ApiRequest("GET", "/cookies");

        Assert.Throws<ArgumentException>(() => request.CookieParameter("bad name", "v"));
    }
}
