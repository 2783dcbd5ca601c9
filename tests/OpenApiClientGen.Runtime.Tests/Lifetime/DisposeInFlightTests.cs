using OpenApiClientGen.Runtime.Tests.Infrastructure;

namespace OpenApiClientGen.Runtime.Tests.Lifetime;

public sealed class DisposeInFlightTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Calls_waiting_for_headers_end_with_ObjectDisposedException_when_the_core_is_disposed(bool borrowed)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Map("/slow-headers", async context =>
        {
            started.TrySetResult();
            await Task.Delay(30_000, context.RequestAborted);
        });
        using var shared = new HttpClient();
        ApiClientCore core = server.CreateCore(options => options.HttpClient = borrowed ? shared : null);

        Task json = core.SendAsync(new ApiRequest("GET", "/slow-headers"), TestJsonContext.Default.EchoResponse, CancellationToken.None);
        Task text = core.SendForTextAsync(new ApiRequest("GET", "/slow-headers"), CancellationToken.None);
        Task stream = core.SendForStreamAsync(new ApiRequest("GET", "/slow-headers"), CancellationToken.None);
        await started.Task.WaitAsync(Prompt);
        core.Dispose();

        foreach (Task call in new[] { json, text, stream })
        {
            Exception? error = await Record.ExceptionAsync(() => call.WaitAsync(Prompt));
            Assert.IsType<ObjectDisposedException>(error);
        }

        if (borrowed)
        {
            // Disposal ended the core's calls, not the lender's HttpClient.
            server.MapResponse("/after", 200, "fine");
            Assert.Equal("fine", await shared.GetStringAsync(new Uri(server.BaseUri, "after")));
        }
    }

    [Fact]
    public async Task A_call_reading_its_body_ends_with_ObjectDisposedException_when_the_core_is_disposed()
    {
        var bodyStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Map("/slow-body", async context =>
        {
            context.Response.ContentLength = 1000;
            await context.Response.Body.WriteAsync("{\"method\":"u8.ToArray());
            await context.Response.Body.FlushAsync();
            bodyStarted.TrySetResult();
            await Task.Delay(30_000, context.RequestAborted);
        });
        ApiClientCore core = server.CreateCore();

        Task<EchoResponse> call = core.SendAsync(new ApiRequest("GET", "/slow-body"), TestJsonContext.Default.EchoResponse, CancellationToken.None);
        await bodyStarted.Task.WaitAsync(Prompt);
        await Task.Delay(100);
        await core.DisposeAsync();

        Exception? error = await Record.ExceptionAsync(() => call.WaitAsync(Prompt));
        Assert.IsType<ObjectDisposedException>(error);
    }

    [Fact]
    public async Task Calls_racing_with_dispose_complete_or_fail_cleanly()
    {
        server.MapResponse("/quick", 200, """{"method":"GET"}""");
        for (int round = 0; round < 5; round++)
        {
            ApiClientCore core = server.CreateCore();
            Task<EchoResponse>[] calls = Enumerable.Range(0, 20)
                .Select(_ => Task.Run(() => core.SendAsync(new ApiRequest("GET", "/quick"), TestJsonContext.Default.EchoResponse, CancellationToken.None)))
                .ToArray();
            await Task.Delay(round * 5);
            Parallel.For(0, 4, _ => core.Dispose());

            foreach (Task<EchoResponse> call in calls)
            {
                try
                {
                    EchoResponse echo = await call.WaitAsync(Prompt);
                    Assert.Equal("GET", echo.Method);
                }
                catch (Exception error) when (error is ObjectDisposedException or OperationCanceledException)
                {
                    // Either outcome is fine; anything else (or a hang) fails the test.
                }
            }
        }
    }

    [Fact]
    public async Task Dispose_is_idempotent_on_clients_and_cores_in_any_combination()
    {
        var client = new SampleClient(new ApiClientOptions(), server.BaseUri.AbsoluteUri);

        client.Dispose();
        await client.DisposeAsync();
        client.Core.Dispose();
        await client.Core.DisposeAsync();
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Core.SendAsync(new ApiRequest("GET", "/quick"), CancellationToken.None));
    }

    private sealed class SampleClient(ApiClientOptions options, string defaultBaseAddress) : ApiClient(options, defaultBaseAddress)
    {
    }
}
