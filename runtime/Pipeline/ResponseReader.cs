using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime.Pipeline;

/// <summary>Reads a successful response into the call's result; the typed part of a call the untyped pipeline carries.</summary>
internal abstract class ResponseReader
{
    /// <summary>Whether the result (a stream) takes over the response, which then must not be disposed.</summary>
    public abstract bool KeepsResponse { get; }

    public abstract ValueTask ReadAsync(CallRecord call, HttpResponseMessage response, CancellationToken cancellationToken);
}

/// <inheritdoc />
internal sealed class ResponseReader<TState, TResult>(
    TState state,
    Func<CallRecord, HttpResponseMessage, TState, CancellationToken, ValueTask<TResult>> read,
    bool keepsResponse) : ResponseReader
{
    public TResult Result { get; private set; } = default!;

    public override bool KeepsResponse => keepsResponse;

    public override async ValueTask ReadAsync(CallRecord call, HttpResponseMessage response, CancellationToken cancellationToken) =>
        Result = await read(call, response, state, cancellationToken).ConfigureAwait(false);
}
