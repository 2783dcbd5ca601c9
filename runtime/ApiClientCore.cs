using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// Sends <see cref="ApiRequest"/>s: builds the HTTP request, applies headers and credentials, enforces the
/// timeout, and turns failures into <see cref="ApiException"/>s.
/// </summary>
public sealed class ApiClientCore : IDisposable, IAsyncDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private int _disposed;

    /// <summary>
    /// Creates the core. The base address (from the options, else <paramref name="defaultBaseAddress"/>) must be
    /// absolute http(s) without query or fragment, and https unless it is loopback or
    /// <see cref="ApiClientOptions.AllowInsecureHttp"/> is set.
    /// </summary>
    /// <exception cref="ArgumentException">The base address is not acceptable.</exception>
    public ApiClientCore(ApiClientOptions options, string defaultBaseAddress)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        BaseAddress = BaseAddressValidator.Resolve(options, defaultBaseAddress);
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
    public Uri BaseAddress { get; }

    /// <summary>The options the core reads on every request.</summary>
    public ApiClientOptions Options { get; }

    /// <summary>Sends the request; a successful response's body is not read.</summary>
    public Task SendAsync(ApiRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(request, 0, static (_, _, _, _) => Task.FromResult(0), keepResponse: false, cancellationToken);

    /// <summary>Sends the request and deserializes the JSON response body with <paramref name="responseType"/>.</summary>
    /// <exception cref="ApiSerializationException">The body is not valid JSON for the type.</exception>
    public Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        return ExecuteAsync(request, responseType, JsonResponseReader.ReadAsync, keepResponse: false, cancellationToken);
    }

    /// <summary>Sends the request and returns the response body as text, decoded with the charset the server declares.</summary>
    public Task<string> SendForTextAsync(ApiRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(
            request,
            0,
            static (_, response, _, token) => response.Content.ReadAsStringAsync(token),
            keepResponse: false,
            cancellationToken);

    /// <summary>
    /// Sends the request and returns the response body as a stream as soon as the headers arrive. The caller must
    /// dispose the stream; the timeout no longer applies once it is returned.
    /// </summary>
    public Task<Stream> SendForStreamAsync(ApiRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(
            request,
            0,
            static (_, response, _, token) => response.Content.ReadAsStreamAsync(token),
            keepResponse: true,
            cancellationToken);

    /// <summary>Releases the connection pool if the core owns it; a borrowed HttpClient stays usable.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsHttpClient)
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

    private async Task<TResult> ExecuteAsync<TState, TResult>(
        ApiRequest request,
        TState state,
        Func<HttpRequestMessage, HttpResponseMessage, TState, CancellationToken, Task<TResult>> readBody,
        bool keepResponse,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        ArgumentNullException.ThrowIfNull(request);

        TimeSpan timeout = Options.Timeout;

        // A linked source of our own lets the timeout be told apart from the caller's cancellation.
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timeoutSource.CancelAfter(timeout);
        }

        CancellationToken token = timeoutSource.Token;
        HttpRequestMessage? message = null;
        HttpResponseMessage? response = null;
        try
        {
            message = await RequestMessageFactory.CreateAsync(request, BaseAddress, Options, token).ConfigureAwait(false);
            response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await ApiExceptionFactory.FromResponseAsync(message, response, token).ConfigureAwait(false);
            }

            request.Options?.OnResponse?.Invoke(new ApiResponseInfo((int)response.StatusCode, ResponseHeaders.Collect(response), message.RequestUri));
            TResult result = await readBody(message, response, state, token).ConfigureAwait(false);
            if (keepResponse)
            {
                // The returned stream now owns the connection; disposing it releases the response.
                response = null;
            }

            return result;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested
            && (timeoutSource.IsCancellationRequested || e.InnerException is TimeoutException))
        {
            // Our own timeout, or the timeout of a borrowed HttpClient.
            throw new ApiTimeoutException(request.Method, message?.RequestUri, timeout == Timeout.InfiniteTimeSpan ? null : timeout, e);
        }
        catch (HttpRequestException e)
        {
            throw new ApiConnectionException(request.Method, message?.RequestUri, e);
        }
        catch (IOException e)
        {
            // The connection broke while the body was read.
            throw new ApiConnectionException(request.Method, message?.RequestUri, e);
        }
        finally
        {
            response?.Dispose();
            message?.Dispose();
        }
    }
}
