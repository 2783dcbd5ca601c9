using System.Net;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using OpenApiClientGen.Runtime.Authentication;
using OpenApiClientGen.Runtime.Http;
using OpenApiClientGen.Runtime.Logging;
using OpenApiClientGen.Runtime.Pipeline;
using OpenApiClientGen.Runtime.RateLimits;
using OpenApiClientGen.Runtime.Telemetry;
using Polly;
using Polly.Retry;

namespace OpenApiClientGen.Runtime.Retries;

/// <summary>
/// The one retry loop of a call (Polly.Core, built once per client and clock). Each pass is one attempt: the rest of
/// the pipeline under the per-attempt timeout, then the status mapped to an <see cref="ApiException"/> and the body
/// read. Between attempts it decides, in this order: resend at once after the credentials renewed a rejected token;
/// back off and retry a transient failure (<see cref="RetryOptions"/>, Retry-After, rate-limit reset); or wait once
/// for an exhausted rate limit (<see cref="ApiClientOptions.RateLimitWait"/>). Options are read at every decision.
/// A call that succeeds at the first attempt never enters Polly.
/// </summary>
internal sealed class RetryPolicy : ApiPipelinePolicy
{
    private static readonly ResiliencePropertyKey<ApiPipelineMessage> MessageKey = new("OpenApiClientGen.Message");

    private readonly ApiClientOptions _options;
    private readonly RateLimitTracker _rateLimits;
    private readonly ApiClientCore _core;
    private Built? _built;

    public RetryPolicy(ApiClientOptions options, RateLimitTracker rateLimits, ApiClientCore core)
    {
        _options = options;
        _rateLimits = rateLimits;
        _core = core;
    }

    public override async ValueTask ProcessAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline)
    {
        // Most calls succeed at once: the first attempt runs here, and Polly's loop (with its pooled context) only
        // takes over once a failure is to be resent, deciding, notifying and waiting exactly as its loop does.
        Exception failure;
        try
        {
            await AttemptAsync(message, pipeline, message.CancellationToken).ConfigureAwait(false);
            return;
        }
        catch (Exception e)
        {
            failure = e;
        }

        if (!await ShouldResendAsync(message, failure).ConfigureAwait(false))
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        OnResend(message, failure);
        ResilienceContext context = ResilienceContextPool.Shared.Get(message.CancellationToken);
        try
        {
            if (message.Retry.NextDelay > TimeSpan.Zero)
            {
                await Task.Delay(message.Retry.NextDelay, _options.TimeProvider, message.CancellationToken).ConfigureAwait(false);
            }

            context.Properties.Set(MessageKey, message);
            await PipelineFor(_options.TimeProvider).ExecuteAsync(
                static (context, state) => state.Policy.AttemptAsync(state.Message, state.Pipeline, context.CancellationToken),
                context,
                (Policy: this, Message: message, Pipeline: pipeline)).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (_core.IsDisposed && !message.CallerToken.IsCancellationRequested)
        {
            // Disposal interrupted a wait between attempts.
            throw new ObjectDisposedException($"The {nameof(ApiClientCore)} was disposed while the call was in flight.", e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The pipeline for the clock the options name now (rebuilt only when the clock is replaced).</summary>
    private ResiliencePipeline PipelineFor(TimeProvider clock)
    {
        Built? built = Volatile.Read(ref _built);
        if (built is null || !ReferenceEquals(built.Clock, clock))
        {
            built = new Built(clock, Build(clock));
            Volatile.Write(ref _built, built);
        }

        return built.Pipeline;
    }

    private ResiliencePipeline Build(TimeProvider clock) =>
        new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                // The limits are the options' (read per decision); Polly only runs the loop and the waits.
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.Zero,
                UseJitter = false,
                ShouldHandle = arguments => ShouldResendAsync(arguments.Context.Properties.GetValue(MessageKey, null!), arguments.Outcome.Exception),
                DelayGenerator = arguments => new ValueTask<TimeSpan?>(arguments.Context.Properties.GetValue(MessageKey, null!).Retry.NextDelay),
                OnRetry = arguments =>
                {
                    OnResend(arguments.Context.Properties.GetValue(MessageKey, null!), arguments.Outcome.Exception);
                    return default;
                },
            })
            .Build();

    private ValueTask<bool> ShouldResendAsync(ApiPipelineMessage message, Exception? failure)
    {
        ref RetryState state = ref message.Retry;
        if (failure is null)
        {
            return new ValueTask<bool>(false);
        }

        if (state.RenewalGranted)
        {
            state.RenewalGranted = false;
            state.Next = ResendReason.RenewedCredentials;
            state.NextDelay = TimeSpan.Zero;
            return new ValueTask<bool>(true);
        }

        ApiRequest request = message.ApiRequest;
        RetryOptions retry = _options.Retry;
        if (!state.WaitedForRateLimit && state.Retries < retry.MaxAttempts && !request.SingleAttempt
            && RetryEligibility.CanRetry(request, retry) && RetryEligibility.IsTransient(failure))
        {
            TimeSpan? requested = RetryDelay.Requested(failure, _options.TimeProvider.GetUtcNow());

            // Waiting less than the server asked would only be refused again.
            if (!(requested > retry.MaxDelay || requested > RetryDelay.Longest))
            {
                TimeSpan next = requested ?? RetryDelay.Backoff(state.Retries, retry);
                if (state.TotalDelay + next <= retry.MaxTotalDelay)
                {
                    state.Next = ResendReason.Transient;
                    state.NextDelay = next;
                    return new ValueTask<bool>(true);
                }
            }
        }

        if (!state.WaitedForRateLimit && failure is ApiRateLimitException refusal && RateLimitWaiter.WaitFor(refusal, request, _options) is { } wait)
        {
            state.Next = ResendReason.RateLimitWait;
            state.NextDelay = wait;
            return new ValueTask<bool>(true);
        }

        return new ValueTask<bool>(false);
    }

    private void OnResend(ApiPipelineMessage message, Exception? failure)
    {
        ref RetryState state = ref message.Retry;
        CallRecord call = message.Call;
        ILogger? logger = _options.Logger;
        string? reason = null;
        switch (state.Next)
        {
            case ResendReason.Transient:
                if (logger is not null)
                {
                    reason = Describe(failure);
                    ClientLog.RetryScheduled(logger, call.Method, call.DisplayUri, state.Retries + 1, reason, Milliseconds(state.NextDelay));
                }

                state.Retries++;
                state.TotalDelay += state.NextDelay;
                state.RenewedThisRound = false;
                break;
            case ResendReason.RateLimitWait:
                if (logger is not null)
                {
                    ClientLog.RateLimitWait(logger, call.Method, call.DisplayUri, Milliseconds(state.NextDelay));
                }

                state.WaitedForRateLimit = true;
                state.RenewedThisRound = false;
                break;
        }

        message.Attempt++;
        message.ResendCount++;
        if (message.Activity is not null)
        {
            ClientTelemetry.Resending(message, state.Next switch
            {
                ResendReason.RenewedCredentials => "credentials renewed",
                ResendReason.RateLimitWait => "rate limit wait",
                _ => reason ?? Describe(failure),
            }, state.NextDelay);
        }
    }

    /// <summary>One attempt: the rest of the pipeline (redirects, credentials, transport), the status mapped to an exception, the body read.</summary>
    private async ValueTask AttemptAsync(ApiPipelineMessage message, ReadOnlyMemory<ApiPipelinePolicy> pipeline, CancellationToken callToken)
    {
        ApiRequest request = message.ApiRequest;
        CallRecord call = message.Call;
        CancellationToken callerToken = message.CallerToken;
        TimeSpan timeout = _options.Timeout;

        // Per attempt, so a retry gets the full timeout; a source of our own tells the timeout from cancellation.
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(callToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timeoutSource.CancelAfter(timeout);
        }

        CancellationToken token = timeoutSource.Token;
        message.CancellationToken = token;
        HttpResponseMessage? response = null;
        bool keepResponse = false;
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            response = message.Response!;
            if (response.StatusCode == HttpStatusCode.Unauthorized && !message.Retry.RenewedThisRound
                && await UnauthorizedRetry.ShouldRetryAsync(request, _options, message.Request, response, token).ConfigureAwait(false))
            {
                // The credentials renewed a rejected token: the loop sends once more at once.
                message.Retry.RenewalGranted = true;
                message.Retry.RenewedThisRound = true;
            }

            _rateLimits.Observe(response);
            call.StatusCode = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw await ApiExceptionFactory.FromResponseAsync(call, response, request.ErrorModels, token).ConfigureAwait(false);
            }

            request.Options?.OnResponse?.Invoke(new ApiResponseInfo((int)response.StatusCode, ResponseHeaders.Collect(response), message.Request.RequestUri));
            request.Call?.Observe(response, message.Request.RequestUri);
            await message.Reader.ReadAsync(call, response, token).ConfigureAwait(false);

            // A returned stream now owns the connection; disposing it releases the response.
            keepResponse = message.Reader.KeepsResponse;
        }
        catch (Exception e) when (_core.IsDisposed && !callerToken.IsCancellationRequested
            && e is OperationCanceledException or HttpRequestException or IOException or ObjectDisposedException)
        {
            // Whatever tearing down the connection pool surfaced as, the cause is the disposal.
            throw new ObjectDisposedException($"The {nameof(ApiClientCore)} was disposed while the call was in flight.", e);
        }
        catch (OperationCanceledException e) when (!callerToken.IsCancellationRequested
            && (timeoutSource.IsCancellationRequested || e.InnerException is TimeoutException))
        {
            // Our own timeout, or the timeout of a borrowed HttpClient.
            throw new ApiTimeoutException(call.Method, call.Uri, timeout == Timeout.InfiniteTimeSpan ? null : timeout, e);
        }
        catch (HttpRequestException e)
        {
            throw new ApiConnectionException(call.Method, call.Uri, e);
        }
        catch (IOException e)
        {
            // The connection broke while the body was read.
            throw new ApiConnectionException(call.Method, call.Uri, e);
        }
        finally
        {
            message.CancellationToken = callToken;
            if (!keepResponse)
            {
                message.Response?.Dispose();
            }

            if (message.PerCallRequest is null || !ReferenceEquals(message.Request, message.PerCallRequest))
            {
                message.RequestOrNull?.Dispose();
            }
        }
    }

    private static string Describe(Exception? failure) => failure switch
    {
        ApiException { StatusCode: int status } => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ApiTimeoutException => "timeout",
        ApiConnectionException => "no response",
        _ => failure?.GetType().Name ?? "unknown",
    };

    private static long Milliseconds(TimeSpan delay) => (long)Math.Round(delay.TotalMilliseconds);

    private sealed record Built(TimeProvider Clock, ResiliencePipeline Pipeline);
}
