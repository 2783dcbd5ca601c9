using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime.Telemetry;

/// <summary>
/// The first policy: one span, one log line and one duration measurement per call, however many attempts and hops
/// it takes. The span is current while the rest runs, so HttpClient's own HTTP span becomes its child and the
/// <c>traceparent</c> sent carries its trace.
/// </summary>
internal sealed class TelemetryPolicy(ApiClientOptions options, string clientName) : ApiPipelinePolicy
{
    public override async ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline)
    {
        ILogger? logger = options.Logger;
        long started = Stopwatch.GetTimestamp();
        using Activity? activity = ClientTelemetry.StartCall(message.ApiRequest, clientName);
        message.Activity = activity;
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
            RequestLog.Completed(logger, message.Call, elapsed);
            ClientTelemetry.Ended(message, clientName, elapsed, null);
        }
        catch (Exception e)
        {
            TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
            RequestLog.Failed(logger, message.Call, e, elapsed);
            ClientTelemetry.Ended(message, clientName, elapsed, e);
            throw;
        }
    }
}
