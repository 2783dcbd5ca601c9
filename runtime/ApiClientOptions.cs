using System.Net;
using Microsoft.Extensions.Logging;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// Settings of a generated client. Generated code derives a client-specific options class from this one.
/// <see cref="BaseAddress"/>, <see cref="ServerAddresses"/> and <see cref="HttpClient"/> are read once when the client is created; everything
/// else is read on every request, so it can be changed on a live client.
/// </summary>
public class ApiClientOptions
{
    // Volatile so that a token refreshed on one thread is seen by requests started on another.
    private volatile ApiCredentials? _credentials;
    private volatile bool _useCookies;
    private CookieContainer? _cookies;
    private TimeSpan _timeout = TimeSpan.FromSeconds(100);
    private RetryOptions _retry = new();
    private TimeProvider _timeProvider = TimeProvider.System;
    private long _maxResponseTextBytes = 32 * 1024 * 1024;
    private readonly List<ApiPipelinePolicy> _perCallPolicies = new();
    private readonly List<ApiPipelinePolicy> _perRetryPolicies = new();

    /// <summary>The User-Agent sent when <see cref="UserAgent"/> is not set: <c>OpenApiClientGen/&lt;version&gt;</c>.</summary>
    public static string DefaultUserAgent { get; } =
        "OpenApiClientGen/" + (typeof(ApiClientOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>
    /// The server to talk to; <c>null</c> uses the <see cref="System.Net.Http.HttpClient.BaseAddress"/> of a borrowed
    /// <see cref="HttpClient"/> when it has one, else the default server of the API description.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Addresses for the servers the description assigns single operations to, keyed by the URL it declares (GitHub's
    /// release-asset upload: <c>https://uploads.github.com</c>). Unmapped, such an operation goes to its declared
    /// server when <see cref="BaseAddress"/> is not set (or is the description's default), and to
    /// <see cref="BaseAddress"/> otherwise. Credentials go
    /// to these addresses as well. Read once when the client is created.
    /// </summary>
    public IDictionary<string, Uri> ServerAddresses { get; } = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Credentials applied to every request; may be replaced at any time.</summary>
    public ApiCredentials? Credentials
    {
        get => _credentials;
        set => _credentials = value;
    }

    /// <summary>
    /// Keeps the cookies the server sets (Set-Cookie) in <see cref="Cookies"/> and sends them back on later requests
    /// of this client, like a browser session. Off by default.
    /// </summary>
    /// <remarks>
    /// The cookies belong to this client alone, also when several clients share one HttpClient. A borrowed
    /// HttpClient should not keep cookies itself (<c>UseCookies = false</c> on its handler), or its handler's jar is
    /// shared by everyone using it.
    /// </remarks>
    public bool UseCookies
    {
        get => _useCookies;
        set => _useCookies = value;
    }

    /// <summary>
    /// The cookie jar of this client, created on first use; thread-safe. Assigning a jar (for example one filled with
    /// a session obtained elsewhere) also sets <see cref="UseCookies"/>.
    /// </summary>
    public CookieContainer Cookies
    {
        get => LazyInitializer.EnsureInitialized(ref _cookies, static () => new CookieContainer());
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Volatile.Write(ref _cookies, value);
            UseCookies = true;
        }
    }

    /// <summary>The User-Agent header; <c>null</c> sends <see cref="DefaultUserAgent"/> (some APIs reject requests without one).</summary>
    public string? UserAgent { get; set; }

    /// <summary>
    /// Allows plain http to hosts other than loopback; credentials then travel unencrypted. Without it, a request
    /// that would carry credentials or session cookies over plain http fails before it is sent.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// How long one call may take until its response is available (for streamed responses: until the headers
    /// arrive). <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables the limit.
    /// </summary>
    public TimeSpan Timeout
    {
        get => _timeout;
        set
        {
            if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The timeout must be positive or Timeout.InfiniteTimeSpan.");
            }

            _timeout = value;
        }
    }

    /// <summary>
    /// Headers sent on every request (for example an API version header); names are case-insensitive. A default
    /// <c>Accept</c> replaces the media type an operation declares; per-call headers replace both.
    /// </summary>
    public IDictionary<string, string> DefaultHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An HttpClient to send requests with. It is borrowed: the client never disposes it. When <c>null</c> the client
    /// creates and owns its own connection pool. Its <see cref="System.Net.Http.HttpClient.BaseAddress"/>, if set, is
    /// used when <see cref="BaseAddress"/> is not.
    /// </summary>
    /// <remarks>
    /// The client follows redirects itself, re-sending credentials only to the base address's origin. A borrowed
    /// HttpClient whose handler follows redirects (<c>AllowAutoRedirect</c>, on by default) does so before the client
    /// sees them: it drops the Authorization header on every hop, even to the same origin. Set
    /// <c>AllowAutoRedirect = false</c> on its handler to get the client's behaviour.
    /// </remarks>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Receives diagnostics of the client.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>When failed calls are sent again; <c>Retry.MaxAttempts = 0</c> turns retrying off.</summary>
    public RetryOptions Retry
    {
        get => _retry;
        set => _retry = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The longest a call waits for an exhausted rate limit to reset (<c>X-RateLimit-Reset</c> or <c>Retry-After</c>)
    /// before sending once more. Zero (the default) waits never: the call fails with <see cref="ApiRateLimitException"/>.
    /// </summary>
    public TimeSpan RateLimitWait { get; set; }

    /// <summary>
    /// The most bytes a text or JSON response body may have once decoded (default 32 MiB), so a huge or
    /// decompression-bomb response cannot exhaust memory. Past it the call fails with an <see cref="ApiException"/>
    /// carrying the status and the start of the body. Streamed (binary) results are not limited.
    /// </summary>
    public long MaxResponseTextBytes
    {
        get => _maxResponseTextBytes;
        set => _maxResponseTextBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be positive.");
    }

    /// <summary>The clock retry and rate-limit waits run on; tests substitute one that does not sleep.</summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Adds a policy to the send path (see <see cref="ApiPipelinePolicy"/>): <see cref="PipelinePosition.PerCall"/> runs
    /// once per call, outside retries; <see cref="PipelinePosition.PerRetry"/> runs on every attempt and redirect hop,
    /// after authentication; both flags add it at both places. Policies run in the order added. Read once when the
    /// client is created.
    /// </summary>
    /// <exception cref="ArgumentException">No position is given.</exception>
    public void AddPolicy(ApiPipelinePolicy policy, PipelinePosition position)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if ((position & (PipelinePosition.PerCall | PipelinePosition.PerRetry)) == 0)
        {
            throw new ArgumentException("Give PipelinePosition.PerCall, PerRetry or both.", nameof(position));
        }

        if (position.HasFlag(PipelinePosition.PerCall))
        {
            _perCallPolicies.Add(policy);
        }

        if (position.HasFlag(PipelinePosition.PerRetry))
        {
            _perRetryPolicies.Add(policy);
        }
    }

    internal IReadOnlyList<ApiPipelinePolicy> PoliciesAt(PipelinePosition position) =>
        (position == PipelinePosition.PerCall ? _perCallPolicies : _perRetryPolicies).ToArray();
}
