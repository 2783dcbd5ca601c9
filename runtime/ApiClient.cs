namespace OpenApiClientGen.Runtime;

/// <summary>Base of every generated client: holds the <see cref="ApiClientCore"/> the generated operations send through.</summary>
public abstract class ApiClient : IDisposable, IAsyncDisposable
{
    /// <summary>
    /// Creates the client; <paramref name="defaultBaseAddress"/> is used when the options give no base address, and
    /// <paramref name="operationServers"/> are the servers the description assigns single operations to.
    /// </summary>
    protected ApiClient(ApiClientOptions options, string defaultBaseAddress, params string[] operationServers)
    {
        Core = new ApiClientCore(options, defaultBaseAddress, operationServers);
    }

    /// <summary>
    /// For mocking frameworks and hand-written fakes that override the generated client's virtual members: no
    /// <see cref="Core"/> is created, so only overridden members may be used.
    /// </summary>
    protected ApiClient()
    {
        Core = null!;
    }

    /// <summary>The request pipeline; also usable directly for requests the API description does not cover.</summary>
    public ApiClientCore Core { get; }

    /// <summary>The options the client was created with.</summary>
    public ApiClientOptions Options => Core.Options;

    /// <summary>The rate limit of the latest response that reported one (<c>X-RateLimit-*</c>), or null; thread-safe.</summary>
    public RateLimitInfo? LastRateLimit => Core.LastRateLimit;

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return default;
    }

    /// <summary>Releases the core (and the connection pool it owns).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Null in a fake made with the parameterless constructor.
            Core?.Dispose();
        }
    }
}
