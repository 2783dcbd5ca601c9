using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Health;
using OpenApiClientGen.Runtime.Http;
using OpenApiClientGen.Runtime.Logging;
using OpenApiClientGen.Runtime.Pipeline;
using OpenApiClientGen.Runtime.RateLimits;
using OpenApiClientGen.Runtime.Telemetry;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// Sends <see cref="ApiRequest"/>s through the client's pipeline of policies (see <c>Pipeline/ApiPipeline.cs</c>):
/// telemetry and logging, the caller's per-call policies, one retry loop (per-attempt timeout, typed
/// <see cref="ApiException"/>s), redirects, credentials, the caller's per-retry policies, the HttpClient.
/// </summary>
public sealed class ApiClientCore : IDisposable, IAsyncDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly RateLimitTracker _rateLimits = new();
    private readonly ApiOrigins _origins;
    private readonly ApiPipeline _pipeline;

    // Canceled on dispose so calls in flight end promptly; never disposed itself, as calls starting concurrently
    // with Dispose still link to its token.
    private readonly CancellationTokenSource _disposing = new();
    private int _disposed;

    /// <summary>
    /// Creates the core. The base address (from the options, else <paramref name="defaultBaseAddress"/>) must be
    /// absolute http(s) without query or fragment, and https unless it is loopback or
    /// <see cref="ApiClientOptions.AllowInsecureHttp"/> is set.
    /// </summary>
    /// <param name="options">The client's options.</param>
    /// <param name="defaultBaseAddress">The description's default server.</param>
    /// <param name="operationServers">
    /// The servers the description assigns single operations to; where they resolve is described at
    /// <see cref="ApiClientOptions.ServerAddresses"/>.
    /// </param>
    /// <exception cref="ArgumentException">The base address or a server address is not acceptable.</exception>
    public ApiClientCore(ApiClientOptions options, string defaultBaseAddress, params string[] operationServers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(operationServers);
        Options = options;
        _origins = ApiOrigins.Resolve(options, BaseAddressValidator.Resolve(options, defaultBaseAddress), defaultBaseAddress, operationServers);
        if (options.HttpClient is { } borrowed)
        {
            _httpClient = borrowed;
        }
        else
        {
            _httpClient = OwnedHttpClient.Create();
            _ownsHttpClient = true;
        }

        string clientName = ClientTelemetry.ClientName(options);
        _pipeline = new ApiPipeline(this, options, _origins, _httpClient, _rateLimits, clientName);
        ClientTelemetry.Register(_rateLimits, clientName);
    }

    /// <summary>The validated base address, always ending with '/'.</summary>
    public Uri BaseAddress => _origins.BaseAddress;

    /// <summary>Where each server the description assigns operations to resolved (see <see cref="ApiClientOptions.ServerAddresses"/>).</summary>
    public IReadOnlyDictionary<string, Uri> ServerAddresses => _origins.Servers;

    /// <summary>The options the core reads on every request.</summary>
    public ApiClientOptions Options { get; }

    /// <summary>The rate limit of the latest response that reported one (<c>X-RateLimit-*</c>), or null; thread-safe.</summary>
    public RateLimitInfo? LastRateLimit => _rateLimits.Last;

    /// <summary>Sends the request; a successful response's body is not read.</summary>
    public Task SendAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(request, 0, static (_, _, _, _) => new ValueTask<int>(0), keepResponse: false, cancellationToken);

    /// <summary>
    /// Sends the request and deserializes the JSON response body with <paramref name="responseType"/>; a 204, 205
    /// or a status declared with <see cref="ApiRequest.EmptyResponseStatus"/> yields <c>default</c>.
    /// </summary>
    /// <exception cref="ApiSerializationException">The body is not valid JSON for the type.</exception>
    public Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        return ExecuteAsync(
            request,
            (Request: request, Type: responseType, Limit: Options.MaxResponseTextBytes),
            static (call, response, state, token) => state.Request.HasNoBody((int)response.StatusCode)
                ? new ValueTask<T>(default(T)!)
                : JsonResponseReader.ReadAsync(call, response, state.Type, state.Limit, token),
            keepResponse: false,
            cancellationToken);
    }

    /// <summary>
    /// Sends the request and returns the response body as text, decoded with the charset the server declares; at most
    /// <see cref="ApiClientOptions.MaxResponseTextBytes"/> are read.
    /// </summary>
    /// <exception cref="ApiException">The body is longer than <see cref="ApiClientOptions.MaxResponseTextBytes"/>.</exception>
    public Task<string> SendForTextAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            request,
            Options.MaxResponseTextBytes,
            static (call, response, limit, token) => new ValueTask<string>(ResponseText.ReadAsync(call, response, limit, token)),
            keepResponse: false,
            cancellationToken);

    /// <summary>
    /// Sends the request and returns the response body as a stream as soon as the headers arrive. The caller must
    /// dispose the stream; the timeout no longer applies once it is returned. Reading a body whose Content-Encoding
    /// does not decode throws <see cref="ApiConnectionException"/>.
    /// </summary>
    public Task<Stream> SendForStreamAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            request,
            0,
            static async (call, response, _, token) => (Stream)new ResponseBodyStream(
                await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false), call, response, long.MaxValue, capture: false),
            keepResponse: true,
            cancellationToken);

    /// <summary>
    /// Checks that the server answers and, when credentials are set, that it accepts them: one GET to
    /// <paramref name="authenticatedPath"/> when credentials are set and that path is given, else to
    /// <paramref name="anonymousPath"/>. Expected failures (refused, DNS, timeout, 401/403, 5xx) are reported in the
    /// result, never thrown.
    /// </summary>
    /// <exception cref="OperationCanceledException">The caller's token was canceled.</exception>
    /// <exception cref="ObjectDisposedException">The core has been disposed.</exception>
    public Task<ConnectionCheckResult> CheckConnectionAsync(string anonymousPath, string? authenticatedPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anonymousPath);
        return ConnectionCheck.RunAsync(this, anonymousPath, authenticatedPath, cancellationToken);
    }

    /// <summary>
    /// Releases the connection pool if the core owns it; a borrowed HttpClient stays usable. Calls in flight end
    /// with <see cref="ObjectDisposedException"/>. Safe to call more than once and from any thread.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Ends calls in flight first, also on a borrowed HttpClient, which must not be disposed.
        _disposing.Cancel();
        ClientTelemetry.Unregister(_rateLimits);
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return default;
    }

    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    private async Task<TResult> ExecuteAsync<TState, TResult>(
        ApiRequest request,
        TState state,
        Func<CallRecord, HttpResponseMessage, TState, CancellationToken, ValueTask<TResult>> readBody,
        bool keepResponse,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ArgumentNullException.ThrowIfNull(request);

        var reader = new ResponseReader<TState, TResult>(state, readBody, keepResponse);

        // Waits between attempts end on disposal as well as on the caller's cancellation; a caller's token that can
        // never be canceled needs no linked source, the disposal token alone does.
        using CancellationTokenSource? callSource = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token)
            : null;
        var message = new ApiPipelineMessage(request, new CallRecord(request.Method), reader, cancellationToken)
        {
            CancellationToken = callSource?.Token ?? _disposing.Token,
        };
        await _pipeline.SendAsync(message).ConfigureAwait(false);
        return reader.Result;
    }
}
