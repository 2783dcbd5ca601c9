using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using OpenApiClientGen.Generator.Tests.Infrastructure;
using OpenApiClientGen.Runtime;

namespace OpenApiClientGen.Generator.Tests;

/// <summary>
/// Form, multipart and several-media-type bodies and cookie parameters through the client generated from
/// specs/bodies.yaml, read back by ASP.NET Core's own form and multipart parsers.
/// </summary>
public class RequestBodyKindTests
{
    private static readonly Lazy<Assembly> Bodies = new(() => GeneratedAssembly.Load("bodies.yaml"));

    private static object Group(Uri baseAddress, string property)
    {
        var options = (ApiClientOptions)Activator.CreateInstance(Type("BodiesClientOptions"))!;
        options.BaseAddress = baseAddress;
        object client = Activator.CreateInstance(Type("BodiesClient"), options)!;
        return client.GetType().GetProperty(property)!.GetValue(client)!;
    }

    private static Type Type(string name) => Bodies.Value.GetType("OpenApiClients." + name, throwOnError: true)!;

    private static object Model(string type, params (string Property, object? Value)[] values)
    {
        object model = Activator.CreateInstance(Type(type))!;
        foreach (var (property, value) in values)
        {
            model.GetType().GetProperty(property)!.SetValue(model, value);
        }

        return model;
    }

    [Fact]
    public async Task A_form_body_is_sent_in_the_declared_styles_with_only_assigned_members()
    {
        await using var server = await ReadingServer.StartAsync();
        var metadata = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), typeof(string)))!;
        metadata["order"] = "42";
        var item = Model("CreateCheckoutRequestItemsItem", ("Price", "price_1"), ("Quantity", 2L));
        var items = Array.CreateInstance(item.GetType(), 1);
        items.SetValue(item, 0);
        object body = Model(
            "CreateCheckoutRequest",
            ("Customer", "cus 1"),
            ("Tags", new[] { "a", "b" }),
            ("Paid", true),
            ("Due", new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero)),
            ("Amount", 0.5),
            ("Created", 1714979289L),
            ("Description", null),
            ("Metadata", metadata),
            ("Items", items));

        object? receipt = await GeneratedAssembly.Await(GeneratedAssembly.Call(Group(server.BaseAddress, "Checkout"), "CreateCheckoutAsync", ("body", body)));

        Assert.Equal("r-1", receipt!.GetType().GetProperty("Id")!.GetValue(receipt));
        Received received = Assert.Single(server.Requests);
        Assert.Equal("application/x-www-form-urlencoded", received.ContentType);
        Assert.Equal(
            new[] { "amount=0.5", "created=1714979289", "customer=cus 1", "description=", "due=2024-05-06T07:08:09+00:00", "items[0][price]=price_1", "items[0][quantity]=2", "metadata[order]=42", "paid=true", "tags=a|b" },
            received.Form.OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_multipart_body_sends_files_text_and_json_parts()
    {
        await using var server = await ReadingServer.StartAsync();
        object body = Model(
            "UploadFileRequest",
            ("File", new FilePart(new MemoryStream(new byte[] { 1, 2, 3 }), "logo.png")),
            ("Purpose", "avatar"),
            ("Settings", Model("UploadFileRequestSettings", ("Public", true))),
            ("Labels", new[] { "x", "y" }),
            ("Attachments", new[] { new FilePart(new byte[] { 9 }, "a.txt", "text/plain") }),
            ("Expires", new DateOnly(2025, 1, 31)),
            ("Extra", "e"));

        await GeneratedAssembly.Await(GeneratedAssembly.Call(Group(server.BaseAddress, "Files"), "UploadFileAsync", ("body", body)));

        Received received = Assert.Single(server.Requests);
        Assert.StartsWith("multipart/form-data; boundary=", received.ContentType, StringComparison.Ordinal);
        Assert.Equal(
            new[]
            {
                "file; logo.png; application/octet-stream; \u0001\u0002\u0003",
                "purpose; ; ; avatar",
                "settings; ; application/json; {\"public\":true}",
                "labels; ; ; x",
                "labels; ; ; y",
                "attachments; a.txt; text/plain; \u0009",
                "expires; ; ; 2025-01-31",
                "extra; ; application/json; \"e\"",
            },
            received.Parts);
    }

    [Theory]
    [InlineData("UpdateNoteAsync", "application/json; charset=utf-8", "{\"title\":\"t\"}")]
    [InlineData("UpdateNoteAsFormAsync", "application/x-www-form-urlencoded", "title=t")]
    [InlineData("UpdateNoteAsMultipartAsync", "multipart/form-data", "title; ; ; t")]
    public async Task Each_media_type_of_a_body_has_its_own_method(string method, string contentType, string content)
    {
        await using var server = await ReadingServer.StartAsync();

        await GeneratedAssembly.Await(GeneratedAssembly.Call(Group(server.BaseAddress, "Notes"), method, ("id", 7L), ("body", Model("Note", ("Title", "t")))));

        Received received = Assert.Single(server.Requests);
        Assert.StartsWith(contentType, received.ContentType, StringComparison.Ordinal);
        Assert.Equal(content, string.Join("&", received.Form.Concat(received.Parts)) is { Length: > 0 } parsed ? parsed : received.Text);
    }

    [Fact]
    public async Task Cookie_parameters_are_sent_in_the_cookie_header()
    {
        await using var server = await ReadingServer.StartAsync();

        await GeneratedAssembly.Await(GeneratedAssembly.Call(Group(server.BaseAddress, "Notes"), "GetPreferencesAsync", ("theme", "dark mode"), ("ids", new long[] { 1, 2 })));

        Received received = Assert.Single(server.Requests);
        Assert.Equal("theme=dark%20mode; ids=1%2C2", received.Cookie);
        Assert.Equal(new[] { "dark mode", "1,2" }, received.Cookies);
    }

    [Theory]
    [InlineData("3.0.3", "format: binary")]
    [InlineData("3.1.0", "contentMediaType: image/png")]
    public void Binary_members_of_a_multipart_body_are_file_parts(string version, string binary)
    {
        string spec = $$"""
            openapi: {{version}}
            info: { title: Up, version: "1" }
            paths:
              /up:
                post:
                  operationId: up
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            image: { type: string, {{binary}} }
                            caption: { type: string }
                  responses:
                    "204": { description: Done. }
            """;

        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Spec("up.yaml", spec));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        string models = string.Concat(result.GeneratedTrees.Select(t => t.ToString()));
        Assert.Contains("public global::OpenApiClientGen.Runtime.FilePart? Image {", models, StringComparison.Ordinal);
        Assert.Contains("public string? Caption {", models, StringComparison.Ordinal);
        Assert.Contains("__request.MultipartBody(body, ", models, StringComparison.Ordinal);
    }

    private sealed record Received(string? ContentType, string? Cookie, IReadOnlyList<string> Cookies, IReadOnlyList<string> Form, IReadOnlyList<string> Parts, string Text);

    /// <summary>Parses each request's body with ASP.NET Core's readers and answers a receipt.</summary>
    private static class ReadingServer
    {
        public static async Task<Server> StartAsync()
        {
            var requests = new ConcurrentQueue<Received>();
            LoopbackServer server = await LoopbackServer.StartAsync(context => ReadAsync(context, requests));
            return new Server(server, requests);
        }

        private static async Task ReadAsync(HttpContext context, ConcurrentQueue<Received> requests)
        {
            HttpRequest request = context.Request;
            var form = new List<string>();
            var parts = new List<string>();
            string text = string.Empty;
            if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) == true)
            {
                foreach (var field in await request.ReadFormAsync())
                {
                    form.AddRange(field.Value.Select(value => field.Key + "=" + value));
                }
            }
            else if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) == true)
            {
                var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value!, request.Body);
                while (await reader.ReadNextSectionAsync() is { } section)
                {
                    var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
                    string content = await new StreamReader(section.Body).ReadToEndAsync();
                    parts.Add(HeaderUtilities.RemoveQuotes(disposition.Name) + "; " + HeaderUtilities.RemoveQuotes(disposition.FileName) + "; " + section.ContentType + "; " + content);
                }
            }
            else
            {
                text = await new StreamReader(request.Body).ReadToEndAsync();
            }

            // Recorded before answering, so the test sees it as soon as the call returns.
            requests.Enqueue(new Received(request.ContentType, request.Headers.Cookie.ToString(), request.Cookies.Select(c => c.Value).ToList(), form, parts, text));
            context.Response.StatusCode = request.Method == "POST" ? 200 : 204;
            if (request.Method == "POST")
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"id":"r-1"}""");
            }
        }
    }

    private sealed class Server(LoopbackServer server, ConcurrentQueue<Received> requests) : IAsyncDisposable
    {
        public Uri BaseAddress => server.BaseAddress;

        public IReadOnlyCollection<Received> Requests => requests;

        public ValueTask DisposeAsync() => server.DisposeAsync();
    }
}
