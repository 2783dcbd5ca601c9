using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.Package.Tests.Infrastructure;

/// <summary>
/// The two GitHub endpoints the README's quick start calls, on 127.0.0.1: <c>GET /repos/octocat/Hello-World</c> and
/// <c>GET /user/repos</c> (401 without credentials, as GitHub answers). Records "METHOD /path auth" per request.
/// </summary>
public sealed class QuickStartServer : IAsyncDisposable
{
    public const string Token = "ghp_quickstart";

    private readonly WebApplication _app;

    private QuickStartServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<QuickStartServer> StartAsync()
    {
        QuickStartServer? server = null;
        var (app, baseUri) = await LoopbackKestrel.StartAsync(context => server!.HandleAsync(context));
        server = new QuickStartServer(app, baseUri);
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string path = request.Path.Value ?? "";
        string authorization = request.Headers.Authorization.ToString();
        bool signedIn = authorization == "Bearer " + Token;
        Requests.Enqueue($"{request.Method} {path} {(signedIn ? "signed-in" : authorization.Length == 0 ? "anonymous" : "bad-credentials")}");
        if (request.Method == "GET" && path == "/repos/octocat/Hello-World")
        {
            await WriteJsonAsync(context.Response, 200, """{"id":1296269,"name":"Hello-World","full_name":"octocat/Hello-World","private":false,"stargazers_count":80,"owner":{"login":"octocat","id":1}}""");
        }
        else if (request.Method == "GET" && path == "/user/repos" && signedIn)
        {
            await WriteJsonAsync(context.Response, 200, """[{"id":1,"name":"one","full_name":"me/one","private":false},{"id":2,"name":"two","full_name":"me/two","private":false}]""");
        }
        else if (path == "/user/repos")
        {
            await WriteJsonAsync(context.Response, 401, """{"message":"Requires authentication","documentation_url":"https://docs.github.com/rest"}""");
        }
        else
        {
            await WriteJsonAsync(context.Response, 404, """{"message":"Not Found"}""");
        }
    }

    private static async Task WriteJsonAsync(HttpResponse response, int status, string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
