using System.Runtime.CompilerServices;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// One call of an operation without a response body: the request is built and its arguments checked when the
/// operation method is called; it is sent, once, when the call is first awaited, or on <see cref="AsTask"/> or
/// <see cref="WithResponseAsync"/>. Awaiting it again gives the same outcome without sending again. A call that is
/// never awaited is never sent.
/// </summary>
public partial class ApiCall
{
    private readonly ApiClientCore? _core;
    private readonly CancellationToken _cancellationToken;
    private Task? _task;

    // The final successful response, kept by reference (no header copy) until someone asks for it.
    private HttpResponseMessage? _response;
    private Uri? _requestUri;

    // What a hand-made call (FromResult) reports instead.
    private readonly ApiResponseInfo? _fixedResponse;

    private protected ApiCall(ApiClientCore core, ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(request);
        _core = core;
        Request = request;
        _cancellationToken = cancellationToken;
        request.Call = this;
    }

    private protected ApiCall(Task completed, ApiResponseInfo? response)
    {
        _task = completed;
        _fixedResponse = response;
    }

    /// <summary>The request this call sends; null for a call made with <c>FromResult</c> or <c>FromException</c>.</summary>
    private protected ApiRequest? Request { get; }

    /// <summary>The sending, started on the first use and the same task afterwards.</summary>
    public Task AsTask() => Volatile.Read(ref _task) ?? Start();

    /// <summary>Sends the request (on the first await only) and waits for it.</summary>
    public TaskAwaiter GetAwaiter() => AsTask().GetAwaiter();

    /// <summary>Like <see cref="Task.ConfigureAwait(bool)"/> on <see cref="AsTask"/>.</summary>
    public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) => AsTask().ConfigureAwait(continueOnCapturedContext);

    /// <summary>Sends the request (unless already sent) and gives the status and headers of the successful response.</summary>
    public async Task<ApiResponseInfo> WithResponseAsync()
    {
        await AsTask().ConfigureAwait(false);
        return ResponseInfo();
    }

    /// <summary>Called by the core with the final successful response, before its body is read.</summary>
    internal void Observe(HttpResponseMessage response, Uri? requestUri)
    {
        _response = response;
        _requestUri = requestUri;
    }

    /// <summary>Sends the request; the generic call overrides it to read the body.</summary>
    private protected virtual Task SendAsync() => _core!.SendAsync(Request!, _cancellationToken);

    private protected ApiClientCore Core => _core!;

    private protected CancellationToken CancellationToken => _cancellationToken;

    private protected int StatusCode => _response is { } response ? (int)response.StatusCode : _fixedResponse?.StatusCode ?? 0;

    private protected IReadOnlyDictionary<string, IReadOnlyList<string>> Headers =>
        _response is { } response ? ResponseHeaders.Collect(response) : _fixedResponse?.Headers ?? ResponseHeaders.Empty;

    private protected Uri? RequestUri => _response is null ? _fixedResponse?.RequestUri : _requestUri;

    private ApiResponseInfo ResponseInfo() => _fixedResponse ?? new ApiResponseInfo(StatusCode, Headers, RequestUri);

    private Task Start()
    {
        // The request is private to this call, so it serves as the lock that makes two first awaits send once.
        lock (Request!)
        {
            return _task ??= SendAsync();
        }
    }
}
