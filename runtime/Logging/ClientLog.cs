using Microsoft.Extensions.Logging;

namespace OpenApiClientGen.Runtime.Logging;

/// <summary>
/// The client's log events. Every argument is safe to log: URIs are redacted and headers are never logged.
/// Completed calls log at Information, like IHttpClientFactory's own request logging, so one filter covers both.
/// </summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 1, EventName = "RequestCompleted", Level = LogLevel.Information,
        Message = "{Method} {Uri} responded {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void RequestCompleted(ILogger logger, string method, string uri, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "RequestRejected", Level = LogLevel.Warning,
        Message = "{Method} {Uri} failed with {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void RequestRejected(ILogger logger, string method, string uri, int statusCode, long elapsedMilliseconds, Exception exception);

    [LoggerMessage(EventId = 3, EventName = "ServerError", Level = LogLevel.Error,
        Message = "{Method} {Uri} failed with {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void ServerError(ILogger logger, string method, string uri, int statusCode, long elapsedMilliseconds, Exception exception);

    [LoggerMessage(EventId = 4, EventName = "NoResponse", Level = LogLevel.Error,
        Message = "{Method} {Uri} got no response after {ElapsedMilliseconds} ms")]
    public static partial void NoResponse(ILogger logger, string method, string uri, long elapsedMilliseconds, Exception exception);

    [LoggerMessage(EventId = 5, EventName = "TimedOut", Level = LogLevel.Error,
        Message = "{Method} {Uri} timed out after {ElapsedMilliseconds} ms")]
    public static partial void TimedOut(ILogger logger, string method, string uri, long elapsedMilliseconds, Exception exception);

    [LoggerMessage(EventId = 6, EventName = "InvalidBody", Level = LogLevel.Error,
        Message = "{Method} {Uri} responded {StatusCode} with a body that could not be read, after {ElapsedMilliseconds} ms")]
    public static partial void InvalidBody(ILogger logger, string method, string uri, int statusCode, long elapsedMilliseconds, Exception exception);

    [LoggerMessage(EventId = 7, EventName = "RequestCanceled", Level = LogLevel.Information,
        Message = "{Method} {Uri} was canceled after {ElapsedMilliseconds} ms")]
    public static partial void RequestCanceled(ILogger logger, string method, string uri, long elapsedMilliseconds);

    [LoggerMessage(EventId = 8, EventName = "RequestFailed", Level = LogLevel.Error,
        Message = "{Method} {Uri} failed after {ElapsedMilliseconds} ms")]
    public static partial void RequestFailed(ILogger logger, string method, string uri, long elapsedMilliseconds, Exception exception);

    [LoggerMessage(EventId = 9, EventName = "RetryScheduled", Level = LogLevel.Warning,
        Message = "{Method} {Uri} attempt {Attempt} failed ({Reason}); retrying in {DelayMilliseconds} ms")]
    public static partial void RetryScheduled(ILogger logger, string method, string uri, int attempt, string reason, long delayMilliseconds);

    [LoggerMessage(EventId = 10, EventName = "RateLimitWait", Level = LogLevel.Warning,
        Message = "{Method} {Uri} exhausted the rate limit; waiting {DelayMilliseconds} ms for the reset")]
    public static partial void RateLimitWait(ILogger logger, string method, string uri, long delayMilliseconds);
}
