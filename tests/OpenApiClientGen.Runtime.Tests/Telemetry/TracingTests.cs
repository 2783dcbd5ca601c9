using System.Collections.Concurrent;
using System.Diagnostics;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Telemetry;

/// <summary>The span of a call on the "OpenApiClientGen" ActivitySource: name, kind, attributes, events, propagation.</summary>
public sealed class TracingTests : IClassFixture<ScriptedServer>, IDisposable
{
    private readonly ScriptedServer _server;
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public TracingTests(ScriptedServer server)
    {
        _server = server;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "OpenApiClientGen",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task A_call_is_one_client_span_named_after_the_operation_with_http_attributes()
    {
        _server.Map("/repos/octo/hello", EchoHandler.Respond);
        string operation = Unique("repos/get");
        using ApiClientCore core = _server.CreateCore();
        var request = new ApiRequest("GET", "/repos/{owner}/{repo}") { OperationId = operation };
        request.PathParameter("owner", "octo");
        request.PathParameter("repo", "hello");
        request.QueryParameter("access_token", "very-secret");

        await core.EchoAsync(request);

        Activity span = SpanOf(operation);
        Assert.Equal(operation, span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("OpenApiClientGen", span.Source.Name);
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal("127.0.0.1", span.GetTagItem("server.address"));
        Assert.Equal(_server.BaseUri.Port, span.GetTagItem("server.port"));
        Assert.Equal(new Uri(_server.BaseUri, "/repos/octo/hello?access_token=***").AbsoluteUri, span.GetTagItem("url.full"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal("ApiClient", span.GetTagItem("openapiclientgen.client"));
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("http.request.resend_count"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task The_server_receives_a_traceparent_of_the_calls_trace()
    {
        _server.Map("/traced", EchoHandler.Respond);
        string operation = Unique("traced");
        using ApiClientCore core = _server.CreateCore();

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/traced") { OperationId = operation });

        Activity span = SpanOf(operation);
        string traceparent = Assert.IsType<string>(echo.Header("traceparent"));
        string[] parts = traceparent.Split('-');
        Assert.Equal(4, parts.Length);
        Assert.Equal(span.TraceId.ToHexString(), parts[1]);

        // HttpClient's own span (or, without a listener for it, ours) is the parent the server sees.
        Assert.NotEqual(span.TraceId.ToHexString(), parts[2]);
    }

    [Fact]
    public async Task Retries_and_redirects_are_events_and_count_as_resends()
    {
        var attempts = new Counter();
        _server.Map("/moving", context =>
        {
            context.Response.Headers.Location = "/moved";
            return ScriptedServer.Respond(context, 302, "moved");
        });
        _server.Map("/moved", context => attempts.Increment() == 1 ? ScriptedServer.Respond(context, 503, "busy") : EchoHandler.Respond(context));
        string operation = Unique("moving");
        using ApiClientCore core = _server.CreateCore(options => options.Retry.UseJitter = false);

        await core.EchoAsync(new ApiRequest("GET", "/moving") { OperationId = operation });

        Activity span = SpanOf(operation);
        ActivityEvent[] events = span.Events.ToArray();
        Assert.Equal(["openapiclientgen.redirect", "openapiclientgen.retry", "openapiclientgen.redirect"], events.Select(e => e.Name));
        Assert.Equal(302, events[0].Tags.Single(t => t.Key == "http.response.status_code").Value);
        Assert.Equal(new Uri(_server.BaseUri, "/moved").AbsoluteUri, events[0].Tags.Single(t => t.Key == "url.full").Value);
        Assert.Equal("503", events[1].Tags.Single(t => t.Key == "openapiclientgen.retry.reason").Value);
        Assert.Equal(1.0, events[1].Tags.Single(t => t.Key == "openapiclientgen.retry.delay").Value);
        Assert.Equal(3, span.GetTagItem("http.request.resend_count"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task A_refused_call_records_the_status_as_error_type()
    {
        _server.MapResponse("/gone", 404, "{}");
        string operation = Unique("gone");
        using ApiClientCore core = _server.CreateCore();

        await Assert.ThrowsAsync<ApiNotFoundException>(() => core.SendAsync(new ApiRequest("GET", "/gone") { OperationId = operation }, CancellationToken.None));

        Activity span = SpanOf(operation);
        Assert.Equal("404", span.GetTagItem("error.type"));
        Assert.Equal(404, span.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    [Fact]
    public async Task A_call_without_a_response_records_the_exception_type()
    {
        string operation = Unique("refused");
        var options = new ApiClientOptions { TimeProvider = new InstantTimeProvider() };
        options.Retry.MaxAttempts = 0;
        using var core = new ApiClientCore(options, ClosedPort.BaseAddress());

        await Assert.ThrowsAsync<ApiConnectionException>(() => core.SendAsync(new ApiRequest("GET", "/x") { OperationId = operation }, CancellationToken.None));

        Activity span = SpanOf(operation);
        Assert.Equal(typeof(ApiConnectionException).FullName, span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task Without_an_operation_id_the_span_is_named_after_method_and_path_template()
    {
        _server.Map("/items/7", EchoHandler.Respond);
        string template = "/items/{id}";
        using ApiClientCore core = _server.CreateCore();
        var request = new ApiRequest("GET", template);
        request.PathParameter("id", 7);
        request.HeaderParameter("X-Test-Marker", Unique("marker"));

        EchoResponse echo = await core.EchoAsync(request);

        Activity span = Assert.Single(_stopped, a => a.TraceId.ToHexString() == echo.Header("traceparent")!.Split('-')[1]);
        Assert.Equal("GET /items/{id}", span.DisplayName);
    }

    private static string Unique(string name) => name + "-" + Guid.NewGuid().ToString("N");

    private Activity SpanOf(string operation) => Assert.Single(_stopped, a => a.DisplayName == operation);
}
