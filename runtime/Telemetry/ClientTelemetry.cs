using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Runtime.CompilerServices;
using OpenApiClientGen.Runtime.Logging;
using OpenApiClientGen.Runtime.RateLimits;

namespace OpenApiClientGen.Runtime.Telemetry;

/// <summary>
/// The client's traces and metrics (names in the README, "Tracing and metrics"), following OpenTelemetry's HTTP
/// client conventions. Every entry point first checks for a listener, so nothing is allocated when none is attached.
/// </summary>
internal static class ClientTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>.</summary>
    public const string Name = "OpenApiClientGen";

    public const string DurationName = "openapiclientgen.client.operation.duration";

    public const string RateLimitRemainingName = "openapiclientgen.client.rate_limit.remaining";

    private static readonly string? Version = typeof(ClientTelemetry).Assembly.GetName().Version?.ToString(3);

    private static readonly ActivitySource Source = new(Name, Version);

    private static readonly Meter Meter = new(Name, Version);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        DurationName,
        "s",
        "Duration of API calls, from the first attempt to the result, retries, waits and redirects included.");

    // Weak, so a client nobody disposed does not stay reachable through the gauge.
    private static readonly ConditionalWeakTable<RateLimitTracker, string> Trackers = new();

    static ClientTelemetry()
    {
        Meter.CreateObservableGauge(
            RateLimitRemainingName,
            ObserveRateLimits,
            "{request}",
            "Requests left in the rate-limit window, as the latest response of each live client reported (X-RateLimit-Remaining).");
    }

    /// <summary>Adds a client's rate limit to the gauge until <see cref="Unregister"/>.</summary>
    public static void Register(RateLimitTracker tracker, string clientName) => Trackers.AddOrUpdate(tracker, clientName);

    public static void Unregister(RateLimitTracker tracker) => Trackers.Remove(tracker);

    /// <summary>The client's name for the <c>openapiclientgen.client</c> tag: the generated options type without "Options".</summary>
    public static string ClientName(ApiClientOptions options)
    {
        string name = options.GetType().Name;
        return name.EndsWith("Options", StringComparison.Ordinal) && name.Length > "Options".Length ? name[..^"Options".Length] : name;
    }

    /// <summary>Starts the call's span (kind Client, named after the operationId), or returns null when nobody listens.</summary>
    public static Activity? StartCall(ApiRequest request, string clientName)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        Activity? activity = Source.StartActivity(request.OperationId ?? request.Method + " " + request.PathTemplate, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("http.request.method", request.Method);
            activity.SetTag("openapiclientgen.client", clientName);
            if (request.OperationId is { } operation)
            {
                activity.SetTag("openapiclientgen.operation", operation);
            }
        }

        return activity;
    }

    /// <summary>An event on the span for a resend: why, after which delay, and the resend's ordinal.</summary>
    public static void Resending(ApiPipelineMessage message, string reason, TimeSpan delay)
    {
        if (message.Activity is { IsAllDataRequested: true } activity)
        {
            activity.AddEvent(new ActivityEvent("openapiclientgen.retry", tags: new ActivityTagsCollection
            {
                { "http.request.resend_count", message.ResendCount },
                { "openapiclientgen.retry.reason", reason },
                { "openapiclientgen.retry.delay", delay.TotalSeconds },
            }));
        }
    }

    /// <summary>An event on the span for a followed redirect: status and (redacted) location.</summary>
    public static void Redirected(ApiPipelineMessage message, int status, Uri location)
    {
        if (message.Activity is { IsAllDataRequested: true } activity)
        {
            activity.AddEvent(new ActivityEvent("openapiclientgen.redirect", tags: new ActivityTagsCollection
            {
                { "http.response.status_code", status },
                { "url.full", UriRedactor.Redact(location, message.ApiRequest.QueryPairs)?.AbsoluteUri },
            }));
        }
    }

    /// <summary>Completes the span's attributes and records the call's duration.</summary>
    public static void Ended(ApiPipelineMessage message, string clientName, TimeSpan elapsed, Exception? error)
    {
        Activity? activity = message.Activity;
        bool recordDuration = Duration.Enabled;
        if (activity is not { IsAllDataRequested: true } && !recordDuration)
        {
            return;
        }

        CallRecord call = message.Call;
        string? errorType = error is null ? null : ErrorType(error);
        if (activity is { IsAllDataRequested: true })
        {
            if (call.Uri is { IsAbsoluteUri: true } uri)
            {
                activity.SetTag("url.full", uri.AbsoluteUri);
                activity.SetTag("server.address", uri.Host);
                activity.SetTag("server.port", uri.Port);
            }

            if (call.StatusCode is { } status)
            {
                activity.SetTag("http.response.status_code", status);
            }

            if (message.ResendCount > 0)
            {
                activity.SetTag("http.request.resend_count", message.ResendCount);
            }

            if (errorType is not null)
            {
                activity.SetTag("error.type", errorType);
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }
        }

        if (recordDuration)
        {
            var tags = new TagList
            {
                { "openapiclientgen.client", clientName },
                { "openapiclientgen.operation", message.ApiRequest.OperationId ?? message.ApiRequest.PathTemplate },
                { "http.request.method", call.Method },
            };
            if (call.StatusCode is { } status)
            {
                tags.Add("http.response.status_code", status);
            }

            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            Duration.Record(elapsed.TotalSeconds, tags);
        }
    }

    /// <summary>OpenTelemetry's <c>error.type</c>: the status code of a refused call, else the exception's type.</summary>
    private static string ErrorType(Exception error) => error is ApiException { StatusCode: int status } and not ApiSerializationException
        ? status.ToString(CultureInfo.InvariantCulture)
        : error.GetType().FullName ?? error.GetType().Name;

    private static IEnumerable<Measurement<long>> ObserveRateLimits()
    {
        List<Measurement<long>>? measurements = null;
        foreach (KeyValuePair<RateLimitTracker, string> entry in (IEnumerable<KeyValuePair<RateLimitTracker, string>>)Trackers)
        {
            if (entry.Key.Last is { } limit)
            {
                var client = new KeyValuePair<string, object?>("openapiclientgen.client", entry.Value);
                (measurements ??= []).Add(limit.Resource is { } resource
                    ? new Measurement<long>(limit.Remaining, client, new KeyValuePair<string, object?>("openapiclientgen.rate_limit.resource", resource))
                    : new Measurement<long>(limit.Remaining, client));
            }
        }

        return measurements ?? [];
    }
}
