using Microsoft.Extensions.Logging;
using OpenApiClientGen.Runtime.Logging;
using Polly;
using Polly.Retry;

namespace OpenApiClientGen.Runtime.Retries;

/// <summary>
/// Builds the Polly retry pipeline of one call from the options as they are now. Polly runs the attempts and waits;
/// the delay is decided here, in ShouldHandle, because a retry that would wait longer than the caps is not made at all.
/// </summary>
internal static class RetryPipeline
{
    public static ResiliencePipeline Create(ApiRequest request, ApiClientOptions options, CallRecord call)
    {
        RetryOptions retry = options.Retry;
        if (retry.MaxAttempts == 0 || request.SingleAttempt || !RetryEligibility.CanRetry(request, retry))
        {
            return ResiliencePipeline.Empty;
        }

        TimeProvider clock = options.TimeProvider;
        TimeSpan total = TimeSpan.Zero;
        TimeSpan next = TimeSpan.Zero;
        return new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retry.MaxAttempts,
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.Zero,
                UseJitter = false,
                ShouldHandle = arguments =>
                {
                    if (arguments.Outcome.Exception is not { } failure || !RetryEligibility.IsTransient(failure))
                    {
                        return new ValueTask<bool>(false);
                    }

                    TimeSpan? requested = RetryDelay.Requested(failure, clock.GetUtcNow());
                    if (requested > retry.MaxDelay || requested > RetryDelay.Longest)
                    {
                        // Waiting less than the server asked would only be refused again.
                        return new ValueTask<bool>(false);
                    }

                    next = requested ?? RetryDelay.Backoff(arguments.AttemptNumber, retry);
                    return new ValueTask<bool>(total + next <= retry.MaxTotalDelay);
                },
                DelayGenerator = _ => new ValueTask<TimeSpan?>(next),
                OnRetry = arguments =>
                {
                    total += arguments.RetryDelay;
                    if (options.Logger is { } logger)
                    {
                        ClientLog.RetryScheduled(
                            logger,
                            call.Method,
                            call.DisplayUri,
                            arguments.AttemptNumber + 1,
                            Describe(arguments.Outcome.Exception),
                            (long)Math.Round(arguments.RetryDelay.TotalMilliseconds));
                    }

                    return default;
                },
            })
            .Build();
    }

    private static string Describe(Exception? failure) => failure switch
    {
        ApiException { StatusCode: int status } => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ApiTimeoutException => "timeout",
        ApiConnectionException => "no response",
        _ => failure?.GetType().Name ?? "unknown",
    };
}
