namespace OpenApiClientGen.Runtime.DependencyInjection;

/// <summary>
/// Whether the handler chain IHttpClientFactory built for one named HttpClient already retries, so a client made on
/// it turns its own retries off and failures are retried by one layer only (not attempts × attempts).
/// </summary>
/// <remarks>
/// The chain counts as retrying when it holds a <c>Microsoft.Extensions.Http.Resilience.ResilienceHandler</c>
/// (<c>AddStandardResilienceHandler()</c>, <c>AddStandardHedgingHandler()</c>, <c>AddResilienceHandler(…)</c>), whatever
/// strategies its pipeline holds: the pipeline is not visible from outside. The type is matched by name, so the
/// runtime does not depend on that package.
/// </remarks>
public sealed class HandlerChainRetries
{
    /// <summary>The full name of the handler Microsoft.Extensions.Http.Resilience adds to a chain.</summary>
    public const string ResilienceHandlerTypeName = "Microsoft.Extensions.Http.Resilience.ResilienceHandler";

    private volatile bool _retries;

    /// <summary>Whether the last chain observed holds a resilience handler.</summary>
    public bool Retries => _retries;

    /// <summary>Records the handlers of a chain as the factory builds it (again on every handler rotation).</summary>
    public void Observe(IEnumerable<DelegatingHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _retries = handlers.Any(IsResilienceHandler);
    }

    /// <summary>Turns the client's own retries off when the chain retries; otherwise leaves them as configured.</summary>
    public void Apply(ApiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_retries)
        {
            options.Retry.MaxAttempts = 0;
        }
    }

    /// <summary>Whether <paramref name="handler"/> is a resilience handler or derives from one.</summary>
    public static bool IsResilienceHandler(HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        for (Type? type = handler.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == ResilienceHandlerTypeName)
            {
                return true;
            }
        }

        return false;
    }
}
