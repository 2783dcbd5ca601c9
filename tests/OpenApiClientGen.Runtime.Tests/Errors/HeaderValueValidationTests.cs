using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Errors;

/// <summary>
/// Control characters in any header value are refused before anything is sent (no header injection), and so is
/// non-ASCII text, which the handler would otherwise refuse only after connecting.
/// </summary>
public sealed class HeaderValueValidationTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (string source in new[] { "default-header", "per-call-header", "header-parameter", "user-agent" })
        {
            foreach (string value in new[] { "a\r\nX-Injected: 1", "a\nb", "a\rb", "a\0b", "a\u007Fb", "a\u0085b", "a\u2028b", "\u001b[31m", "café", "日本" })
            {
                cases.Add(source, value);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Control_and_non_ascii_characters_in_any_header_value_are_rejected_before_sending(string source, string value)
    {
        int requests = 0;
        server.Map("/headers", context =>
        {
            Interlocked.Increment(ref requests);
            return ScriptedServer.Respond(context, 200, "{}");
        });
        using ApiClientCore core = server.CreateCore(options =>
        {
            if (source == "default-header")
            {
                options.DefaultHeaders["X-Custom"] = value;
            }
            else if (source == "user-agent")
            {
                options.UserAgent = value;
            }
        });
        var request = new ApiRequest("GET", "/headers");
        if (source == "per-call-header")
        {
            request.Options = new RequestOptions { Headers = { ["X-Custom"] = value } };
        }
        else if (source == "header-parameter")
        {
            request.HeaderParameter("X-Custom", new[] { "ok", value });
        }

        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => core.SendAsync(request, CancellationToken.None));

        Assert.Equal(0, requests);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tabs_and_visible_text_pass()
    {
        string? seen = null;
        server.Map("/tab", context =>
        {
            seen = context.Request.Headers["X-Custom"];
            return ScriptedServer.Respond(context, 200, "{}");
        });
        using ApiClientCore core = server.CreateCore(options => options.UserAgent = "app/1.0 (+https://example.com)");
        var request = new ApiRequest("GET", "/tab");
        request.HeaderParameter("X-Custom", "a\tb ~!");

        await core.SendAsync(request, CancellationToken.None);

        Assert.Equal("a\tb ~!", seen);
    }

    [Theory]
    [InlineData("X Custom")]
    [InlineData("X-Custom:")]
    [InlineData("X-Cüstom")]
    [InlineData("X-Custom\r\n")]
    public async Task Invalid_header_names_are_rejected(string name)
    {
        using ApiClientCore core = server.CreateCore(options => options.DefaultHeaders[name] = "v");

        await Assert.ThrowsAnyAsync<ArgumentException>(() => core.SendAsync(new ApiRequest("GET", "/headers"), CancellationToken.None));
    }
}
