using System.Diagnostics;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using OpenApiClientGen.Runtime.Authentication;
using OpenApiClientGen.Runtime.Health;
using OpenApiClientGen.Runtime.Http;
using OpenApiClientGen.Runtime.Logging;
using OpenApiClientGen.Runtime.RateLimits;
using OpenApiClientGen.Runtime.Retries;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// Sends <see cref="ApiRequest"/>s: builds the HTTP request, applies headers and credentials, follows redirects,
/// retries transient failures, enforces the timeout per attempt, logs one line per call, and turns failures into
/// <see cref="ApiException"/>s.
/// </summary>
public sealed class ApiClientCore : IDisposable, IAsyncDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly RateLimitTracker _rateLimits = new();
    private readonly ApiOrigins _origins;

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
        ExecuteAsync(request, 0, static (_, _, _, _) => Task.FromResult(0), keepResponse: false, cancellationToken);

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
                ? Task.FromResult(default(T)!)
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
            static (call, response, limit, token) => ResponseText.ReadAsync(call, response, limit, token),
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

    private bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    private async Task<TResult> ExecuteAsync<TState, TResult>(
        ApiRequest request,
        TState state,
        Func<CallRecord, HttpResponseMessage, TState, CancellationToken, Task<TResult>> readBody,
        bool keepResponse,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ArgumentNullException.ThrowIfNull(request);

        ILogger? logger = Options.Logger;
        var call = new CallRecord(request.Method);
        long started = Stopwatch.GetTimestamp();
        try
        {
            TResult result = await SendWithWaitsAsync(request, call, state, readBody, keepResponse, cancellationToken).ConfigureAwait(false);
            RequestLog.Completed(logger, call, Stopwatch.GetElapsedTime(started));
            return result;
        }
        catch (Exception e)
        {
            RequestLog.Failed(logger, call, e, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    /// <summary>Runs the retry pipeline, and once more after waiting for an exhausted rate limit when that is allowed.</summary>
    private async Task<TResult> SendWithWaitsAsync<TState, TResult>(
        ApiRequest request,
        CallRecord call,
        TState state,
        Func<CallRecord, HttpResponseMessage, TState, CancellationToken, Task<TResult>> readBody,
        bool keepResponse,
        CancellationToken cancellationToken)
    {
        // Waits between attempts end on disposal as well as on the caller's cancellation.
        using var callSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token);
        CancellationToken callToken = callSource.Token;
        try
        {
            try
            {
                return await RetryPipeline.Create(request, Options, call).ExecuteAsync(
                    token => new ValueTask<TResult>(AttemptAsync(request, call, state, readBody, keepResponse, token, cancellationToken)),
                    callToken).ConfigureAwait(false);
            }
            catch (ApiRateLimitException e) when (RateLimitWaiter.WaitFor(e, request, Options) is { } wait)
            {
                if (Options.Logger is { } logger)
                {
                    ClientLog.RateLimitWait(logger, call.Method, call.DisplayUri, (long)Math.Round(wait.TotalMilliseconds));
                }

                await Task.Delay(wait, Options.TimeProvider, callToken).ConfigureAwait(false);
                return await AttemptAsync(request, call, state, readBody, keepResponse, callToken, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException e) when (IsDisposed && !cancellationToken.IsCancellationRequested)
        {
            // Disposal interrupted a wait between attempts.
            throw new ObjectDisposedException($"The {nameof(ApiClientCore)} was disposed while the call was in flight.", e);
        }
    }

    /// <summary>One attempt: send (following redirects), map an error status to an exception, read the body.</summary>
    private async Task<TResult> AttemptAsync<TState, TResult>(
        ApiRequest request,
        CallRecord call,
        TState state,
        Func<CallRecord, HttpResponseMessage, TState, CancellationToken, Task<TResult>> readBody,
        bool keepResponse,
        CancellationToken callToken,
        CancellationToken cancellationToken)
    {
        TimeSpan timeout = Options.Timeout;

        // Per attempt, so a retry gets the full timeout; a source of our own tells the timeout from cancellation.
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(callToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timeoutSource.CancelAfter(timeout);
        }

        CancellationToken token = timeoutSource.Token;
        HttpRequestMessage? message = null;
        HttpResponseMessage? response = null;
        try
        {
            (message, response) = await RedirectingSender.SendAsync(_httpClient, request, _origins, Options, call, token).ConfigureAwait(false);
            if (await UnauthorizedRetry.ShouldRetryAsync(request, Options, message, response, token).ConfigureAwait(false))
            {
                // The credentials renewed a rejected token: one more attempt.
                response.Dispose();
                message.Dispose();
                (message, response) = await RedirectingSender.SendAsync(_httpClient, request, _origins, Options, call, token).ConfigureAwait(false);
            }

            _rateLimits.Observe(response);
            call.StatusCode = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw await ApiExceptionFactory.FromResponseAsync(call, response, request.ErrorModels, token).ConfigureAwait(false);
            }

            request.Options?.OnResponse?.Invoke(new ApiResponseInfo((int)response.StatusCode, ResponseHeaders.Collect(response), message.RequestUri));
            request.Call?.Observe(response, message.RequestUri);
            TResult result = await readBody(call, response, state, token).ConfigureAwait(false);
            if (keepResponse)
            {
                // The returned stream now owns the connection; disposing it releases the response.
                response = null;
            }

            return result;
        }
        catch (Exception e) when (IsDisposed && !cancellationToken.IsCancellationRequested
            && e is OperationCanceledException or HttpRequestException or IOException or ObjectDisposedException)
        {
            // Whatever tearing down the connection pool surfaced as, the cause is the disposal.
            throw new ObjectDisposedException($"The {nameof(ApiClientCore)} was disposed while the call was in flight.", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested
            && (timeoutSource.IsCancellationRequested || e.InnerException is TimeoutException))
        {
            // Our own timeout, or the timeout of a borrowed HttpClient.
            throw new ApiTimeoutException(call.Method, call.Uri, timeout == Timeout.InfiniteTimeSpan ? null : timeout, e);
        }
        catch (HttpRequestException e)
        {
            throw new ApiConnectionException(call.Method, call.Uri, e);
        }
        catch (IOException e)
        {
            // The connection broke while the body was read.
            throw new ApiConnectionException(call.Method, call.Uri, e);
        }
        finally
        {
            response?.Dispose();
            message?.Dispose();
        }
    }
}
