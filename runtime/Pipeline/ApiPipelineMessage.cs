using System.Diagnostics;
using OpenApiClientGen.Runtime.Logging;
using OpenApiClientGen.Runtime.Pipeline;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// One call travelling through the pipeline: the request as described, the HTTP request of the current attempt and the
/// response it got. Created by the client for every call; policies read and change it.
/// </summary>
public sealed class ApiPipelineMessage
{
    private HttpRequestMessage? _request;

    internal ApiPipelineMessage(ApiRequest apiRequest, CallRecord call, ResponseReader reader, CancellationToken callerToken)
    {
        ApiRequest = apiRequest;
        Call = call;
        Reader = reader;
        CallerToken = callerToken;
        CancellationToken = callerToken;
    }

    /// <summary>The request as the operation described it (method, path template, parameters, per-call options).</summary>
    public ApiRequest ApiRequest { get; }

    /// <summary>The operationId the generated code set (<see cref="ApiRequest.OperationId"/>), or null.</summary>
    public string? OperationId => ApiRequest.OperationId;

    /// <summary>
    /// The outgoing HTTP request. A per-retry policy sees the message of the current attempt or redirect hop, with
    /// credentials applied; a per-call policy sees, before calling the next policy, a request built for the first
    /// attempt (without credentials or body) whose headers every attempt then carries, and afterwards the last one sent.
    /// </summary>
    /// <exception cref="InvalidOperationException">Read before a request exists (only internal policies run then).</exception>
    public HttpRequestMessage Request
    {
        get => _request ?? throw new InvalidOperationException("The request message has not been created yet.");
        internal set => _request = value;
    }

    /// <summary>
    /// The response of the current attempt once the next policies ran; null before. After the call its content belongs
    /// to the result (or is disposed); status and headers stay readable.
    /// </summary>
    public HttpResponseMessage? Response { get; internal set; }

    /// <summary>The attempt being made: 0 for the first, one more for every retry, renewed-credentials resend or rate-limit wait.</summary>
    public int Attempt { get; internal set; }

    /// <summary>Canceled when the caller cancels, the client is disposed, or (inside the retry loop) the attempt times out.</summary>
    public CancellationToken CancellationToken { get; internal set; }

    internal HttpRequestMessage? RequestOrNull => _request;

    internal CallRecord Call { get; }

    internal ResponseReader Reader { get; }

    /// <summary>The token the caller passed, to tell its cancellation from the client's timeout or disposal.</summary>
    internal CancellationToken CallerToken { get; }

    /// <summary>The request built before per-call policies ran; its headers go on every attempt.</summary>
    internal HttpRequestMessage? PerCallRequest { get; set; }

    /// <summary>The call's span when a listener records it.</summary>
    internal Activity? Activity { get; set; }

    /// <summary>Resends for any reason, redirects included (<c>http.request.resend_count</c>).</summary>
    internal int ResendCount { get; set; }

    internal RetryState Retry;
}
