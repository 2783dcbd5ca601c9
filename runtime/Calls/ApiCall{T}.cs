using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// One call of an operation that returns <typeparamref name="T"/>: <c>await</c> it for the value, or
/// <see cref="WithResponseAsync"/> for the value with the status and headers. The request is built and its
/// arguments checked when the operation method is called and sent, once, on the first await (or
/// <see cref="AsTask"/> / <see cref="WithResponseAsync"/>); a call that is never awaited is never sent.
/// </summary>
/// <typeparam name="T">The response body: a model, <see cref="string"/> for text, or a <see cref="Stream"/> the caller disposes.</typeparam>
public sealed class ApiCall<T> : ApiCall
{
    // Null for text and stream bodies, which T alone tells apart.
    private readonly JsonTypeInfo<T>? _responseType;

    internal ApiCall(ApiClientCore core, ApiRequest request, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
        : base(core, request, cancellationToken)
    {
        _responseType = responseType;
    }

    internal ApiCall(Task<T> completed, ApiResponseInfo? response)
        : base(completed, response)
    {
    }

    /// <summary>The sending, started on the first use and the same task afterwards.</summary>
    public new Task<T> AsTask() => (Task<T>)base.AsTask();

    /// <summary>Sends the request (on the first await only) and gives the response body.</summary>
    public new TaskAwaiter<T> GetAwaiter() => AsTask().GetAwaiter();

    /// <summary>Like <see cref="Task{T}.ConfigureAwait(bool)"/> on <see cref="AsTask"/>.</summary>
    public new ConfiguredTaskAwaitable<T> ConfigureAwait(bool continueOnCapturedContext) => AsTask().ConfigureAwait(continueOnCapturedContext);

    /// <summary>
    /// Sends the request (unless already sent) and gives the body with the status, headers and rate limit of the
    /// successful response. Errors throw as when awaiting the call.
    /// </summary>
    public new async Task<ApiResponse<T>> WithResponseAsync()
    {
        T value = await AsTask().ConfigureAwait(false);
        return new ApiResponse<T>(value, StatusCode, Headers, RequestUri);
    }

    private protected override Task SendAsync()
    {
        if (_responseType is not null)
        {
            return Core.SendAsync(Request!, _responseType, CancellationToken);
        }

        // The JIT folds these type tests away for each T.
        if (typeof(T) == typeof(string))
        {
            return Core.SendForTextAsync(Request!, CancellationToken);
        }

        return Core.SendForStreamAsync(Request!, CancellationToken);
    }
}
