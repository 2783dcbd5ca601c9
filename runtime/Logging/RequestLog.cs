using Microsoft.Extensions.Logging;

namespace OpenApiClientGen.Runtime.Logging;

/// <summary>Writes the one log line of a call, choosing the event (and so the level) from how it ended.</summary>
internal static class RequestLog
{
    public static void Completed(ILogger? logger, CallRecord call, TimeSpan elapsed)
    {
        if (logger is not null)
        {
            ClientLog.RequestCompleted(logger, call.Method, call.DisplayUri, call.StatusCode ?? 0, Milliseconds(elapsed));
        }
    }

    public static void Failed(ILogger? logger, CallRecord call, Exception exception, TimeSpan elapsed)
    {
        if (logger is null)
        {
            return;
        }

        string uri = call.DisplayUri;
        long ms = Milliseconds(elapsed);
        switch (exception)
        {
            case ApiSerializationException serialization:
                ClientLog.InvalidBody(logger, call.Method, uri, serialization.StatusCode ?? 0, ms, exception);
                break;
            case ApiException { StatusCode: int serverStatus and >= 500 and <= 599 }:
                ClientLog.ServerError(logger, call.Method, uri, serverStatus, ms, exception);
                break;
            case ApiException { StatusCode: int status }:
                ClientLog.RequestRejected(logger, call.Method, uri, status, ms, exception);
                break;
            case ApiTimeoutException:
                ClientLog.TimedOut(logger, call.Method, uri, ms, exception);
                break;
            case ApiConnectionException:
                ClientLog.NoResponse(logger, call.Method, uri, ms, exception);
                break;
            case OperationCanceledException or ObjectDisposedException:
                // The caller asked for it (its token, or disposing the client): not a failure of the API.
                ClientLog.RequestCanceled(logger, call.Method, uri, ms);
                break;
            default:
                ClientLog.RequestFailed(logger, call.Method, uri, ms, exception);
                break;
        }
    }

    private static long Milliseconds(TimeSpan elapsed) => (long)Math.Round(elapsed.TotalMilliseconds);
}
