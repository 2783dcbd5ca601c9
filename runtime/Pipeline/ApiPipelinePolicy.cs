namespace OpenApiClientGen.Runtime;

/// <summary>
/// One step of the send path. A policy does its work, calls <see cref="ProcessNextAsync"/> to run the rest of the
/// pipeline (which sends the request and sets <see cref="ApiPipelineMessage.Response"/>), and may then look at the
/// response. Add one with <see cref="ApiClientOptions.AddPolicy"/>; one instance serves concurrent calls, so keep
/// per-call state on the message, not in fields.
/// </summary>
/// <example>
/// <code>
/// sealed class CorrelationPolicy : ApiPipelinePolicy
/// {
///     public override async ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory&lt;ApiPipelinePolicy&gt; pipeline)
///     {
///         message.Request.Headers.TryAddWithoutValidation("X-Correlation-Id", Guid.NewGuid().ToString());
///         await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
///     }
/// }
/// </code>
/// </example>
public abstract class ApiPipelinePolicy
{
    /// <summary>Processes the message; <paramref name="pipeline"/> holds the policies after this one.</summary>
    /// <param name="message">The call: the outgoing request, and the response once the rest of the pipeline ran.</param>
    /// <param name="pipeline">The policies after this one, ending with the transport.</param>
    public abstract ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline);

    /// <summary>Runs the rest of the pipeline.</summary>
    /// <param name="message">The message this policy received.</param>
    /// <param name="pipeline">The policies this policy received.</param>
    protected static ValueTask ProcessNextAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (pipeline.IsEmpty)
        {
            throw new InvalidOperationException("The transport policy is last; nothing runs after it.");
        }

        return pipeline.Span[0].ProcessAsync(message, pipeline[1..]);
    }
}
