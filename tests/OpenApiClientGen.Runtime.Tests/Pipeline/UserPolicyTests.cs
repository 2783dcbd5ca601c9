using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Pipeline;

/// <summary>Policies the caller adds through the options: where they run, what they see, what they can change.</summary>
public sealed class UserPolicyTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Fact]
    public async Task A_per_call_policy_runs_once_and_a_per_retry_policy_on_every_attempt()
    {
        MapFailingThenEcho("/flaky", 503, 503);
        var perCall = new RecordingPolicy();
        var perRetry = new RecordingPolicy();
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.AddPolicy(perCall, PipelinePosition.PerCall);
            options.AddPolicy(perRetry, PipelinePosition.PerRetry);
        });

        await core.EchoAsync(new ApiRequest("GET", "/flaky"));

        Assert.Equal([0], perCall.Attempts);
        Assert.Equal([0, 1, 2], perRetry.Attempts);
        Assert.Equal([503, 503, 200], perRetry.Statuses);

        // After the rest of the pipeline, a per-call policy sees the last response.
        Assert.Equal([200], perCall.Statuses);
    }

    [Fact]
    public async Task A_policy_added_at_both_positions_runs_once_per_call_and_once_per_attempt()
    {
        MapFailingThenEcho("/both", 502);
        var policy = new RecordingPolicy();
        using ApiClientCore core = server.CreateCore(options => options.AddPolicy(policy, PipelinePosition.PerCall | PipelinePosition.PerRetry));

        await core.EchoAsync(new ApiRequest("GET", "/both"));

        Assert.Equal([0, 0, 1], policy.Attempts);
    }

    [Fact]
    public async Task A_per_retry_policy_runs_after_authentication_and_a_per_call_policy_before_it()
    {
        MapFailingThenEcho("/authorized");
        var perCall = new RecordingPolicy();
        var perRetry = new RecordingPolicy();
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.AllowInsecureHttp = true;
            options.Credentials = ApiCredentials.Token("secret-token");
            options.AddPolicy(perCall, PipelinePosition.PerCall);
            options.AddPolicy(perRetry, PipelinePosition.PerRetry);
        });

        await core.EchoAsync(new ApiRequest("GET", "/authorized"));

        Assert.Equal("Bearer secret-token", Assert.Single(perRetry.Authorizations));
        Assert.Null(Assert.Single(perCall.Authorizations));
    }

    [Fact]
    public async Task Headers_policies_add_reach_the_server_on_every_attempt()
    {
        ConcurrentQueue<(string? PerCall, string? PerRetry)> seen = MapFailingThenEcho("/headers", 503);
        using ApiClientCore core = server.CreateCore(options =>
        {
            options.AddPolicy(new HeaderPolicy("X-Per-Call", () => "call"), PipelinePosition.PerCall);
            var attempt = 0;
            options.AddPolicy(new HeaderPolicy("X-Per-Retry", () => "attempt-" + Interlocked.Increment(ref attempt)), PipelinePosition.PerRetry);
        });

        EchoResponse echo = await core.EchoAsync(new ApiRequest("GET", "/headers"));

        Assert.Equal("call", echo.Header("X-Per-Call"));
        Assert.Equal("attempt-2", echo.Header("X-Per-Retry"));
        Assert.Equal([("call", "attempt-1"), ("call", "attempt-2")], seen);
    }

    [Fact]
    public async Task A_failing_call_reaches_per_call_policies_as_the_typed_exception()
    {
        server.MapResponse("/missing", 404, "{}");
        var policy = new RecordingPolicy();
        using ApiClientCore core = server.CreateCore(options => options.AddPolicy(policy, PipelinePosition.PerCall));

        await Assert.ThrowsAsync<ApiNotFoundException>(() => core.SendAsync(new ApiRequest("GET", "/missing"), CancellationToken.None));

        Assert.IsType<ApiNotFoundException>(Assert.Single(policy.Failures));
        Assert.Equal([404], policy.Statuses);
    }

    [Fact]
    public void A_policy_needs_a_position()
    {
        var options = new ApiClientOptions();

        Assert.Throws<ArgumentException>(() => options.AddPolicy(new RecordingPolicy(), (PipelinePosition)0));
        Assert.Throws<ArgumentNullException>(() => options.AddPolicy(null!, PipelinePosition.PerCall));
    }

    /// <summary>Fails with the given statuses first, then echoes; records the policy headers each attempt carried.</summary>
    private ConcurrentQueue<(string?, string?)> MapFailingThenEcho(string path, params int[] failures)
    {
        var seen = new ConcurrentQueue<(string?, string?)>();
        var attempts = new Counter();
        server.Map(path, context =>
        {
            seen.Enqueue((context.Request.Headers["X-Per-Call"].FirstOrDefault(), context.Request.Headers["X-Per-Retry"].FirstOrDefault()));
            int attempt = attempts.Increment();
            return attempt <= failures.Length
                ? ScriptedServer.Respond(context, failures[attempt - 1], "busy")
                : EchoHandler.Respond(context);
        });
        return seen;
    }

    private sealed class RecordingPolicy : ApiPipelinePolicy
    {
        private readonly ConcurrentQueue<int> _attempts = new();
        private readonly ConcurrentQueue<int> _statuses = new();
        private readonly ConcurrentQueue<string?> _authorizations = new();
        private readonly ConcurrentQueue<Exception> _failures = new();

        public int[] Attempts => _attempts.ToArray();

        public int[] Statuses => _statuses.ToArray();

        public string?[] Authorizations => _authorizations.ToArray();

        public Exception[] Failures => _failures.ToArray();

        public override async ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline)
        {
            _attempts.Enqueue(message.Attempt);
            _authorizations.Enqueue(message.Request.Headers.Authorization?.ToString());
            try
            {
                await ProcessNextAsync(message, pipeline);
            }
            catch (Exception e)
            {
                _failures.Enqueue(e);
                throw;
            }
            finally
            {
                if (message.Response is { } response)
                {
                    _statuses.Enqueue((int)response.StatusCode);
                }
            }
        }
    }

    private sealed class HeaderPolicy(string name, Func<string> value) : ApiPipelinePolicy
    {
        public override ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline)
        {
            message.Request.Headers.Remove(name);
            message.Request.Headers.TryAddWithoutValidation(name, value());
            return ProcessNextAsync(message, pipeline);
        }
    }
}
