using System.Globalization;

namespace OpenApiClientGen.Runtime.DependencyInjection;

/// <summary>
/// Applies settings given as flattened configuration keys (<c>BaseAddress</c>, <c>Retry:MaxAttempts</c>,
/// <c>DefaultHeaders:X-GitHub-Api-Version</c>) to <see cref="ApiClientOptions"/>. Written out by hand instead of
/// ConfigurationBinder's reflection, so binding works under trimming and NativeAOT.
/// </summary>
/// <remarks>
/// Keys are case-insensitive and relative to the client's section; values are read with the invariant culture
/// (time spans as <c>00:00:30</c>). Keys the options do not have are ignored, as ConfigurationBinder does.
/// Credentials, the logger, the HttpClient and the clock are not settings: they come from code.
/// </remarks>
public static class ApiClientSettings
{
    private const string DefaultHeadersPrefix = "DefaultHeaders:";
    private const string ServerAddressesPrefix = "ServerAddresses:";

    private const string Span = "a time span such as 00:00:30";
    private const string Flag = "true or false";

    private static readonly Dictionary<string, (string Expected, Action<ApiClientOptions, string> Set)> Setters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BaseAddress"] = ("an absolute http(s) URI", static (o, v) => o.BaseAddress = ToUri(v)),
        ["UserAgent"] = ("text", static (o, v) => o.UserAgent = v),
        ["Timeout"] = (Span, static (o, v) => o.Timeout = ToTimeSpan(v)),
        ["AllowInsecureHttp"] = (Flag, static (o, v) => o.AllowInsecureHttp = bool.Parse(v)),
        ["UseCookies"] = (Flag, static (o, v) => o.UseCookies = bool.Parse(v)),
        ["RateLimitWait"] = (Span, static (o, v) => o.RateLimitWait = ToTimeSpan(v)),
        ["MaxResponseTextBytes"] = ("a positive whole number", static (o, v) => o.MaxResponseTextBytes = long.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        ["Retry:MaxAttempts"] = ("a whole number from 0", static (o, v) => o.Retry.MaxAttempts = int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        ["Retry:BaseDelay"] = (Span, static (o, v) => o.Retry.BaseDelay = ToTimeSpan(v)),
        ["Retry:MaxDelay"] = (Span, static (o, v) => o.Retry.MaxDelay = ToTimeSpan(v)),
        ["Retry:MaxTotalDelay"] = (Span, static (o, v) => o.Retry.MaxTotalDelay = ToTimeSpan(v)),
        ["Retry:RetryNonIdempotent"] = (Flag, static (o, v) => o.Retry.RetryNonIdempotent = bool.Parse(v)),
        ["Retry:UseJitter"] = (Flag, static (o, v) => o.Retry.UseJitter = bool.Parse(v)),
    };

    /// <summary>Applies each setting that has a value; later keys win over earlier ones.</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="settings">Keys relative to the client's section, for example <c>configuration.AsEnumerable(makePathsRelative: true)</c>.</param>
    /// <exception cref="InvalidOperationException">A value cannot be read as its option's type or is out of range.</exception>
    public static void Apply(ApiClientOptions options, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        foreach ((string key, string? value) in settings)
        {
            if (value is not null)
            {
                Apply(options, key, value);
            }
        }
    }

    private static void Apply(ApiClientOptions options, string key, string value)
    {
        string expected = "an absolute http(s) URI";
        try
        {
            if (Setters.TryGetValue(key, out var setter))
            {
                expected = setter.Expected;
                setter.Set(options, value);
            }
            else if (Entry(key, DefaultHeadersPrefix) is { } header)
            {
                options.DefaultHeaders[header] = value;
            }
            else if (Entry(key, ServerAddressesPrefix) is { } server)
            {
                // The declared server URL holds ':' itself; everything after the prefix is the dictionary key.
                options.ServerAddresses[server] = ToUri(value);
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            // The value is left out of the message: a secret put under the wrong key must not reach a log.
            throw new InvalidOperationException($"The configuration value at '{key}' is not valid: expected {expected}.", e);
        }
    }

    private static string? Entry(string key, string prefix) =>
        key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? key[prefix.Length..] : null;

    private static Uri ToUri(string value) => new(value, UriKind.Absolute);

    private static TimeSpan ToTimeSpan(string value) => TimeSpan.Parse(value, CultureInfo.InvariantCulture);
}
