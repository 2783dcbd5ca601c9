namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

/// <summary>What the test server saw of a request, returned as JSON by its /echo endpoint.</summary>
public sealed class EchoResponse
{
    public string Method { get; set; } = "";

    /// <summary>The request target exactly as sent on the wire (path and query, still percent-encoded).</summary>
    public string RawTarget { get; set; } = "";

    public Dictionary<string, string> Headers { get; set; } = new();

    public string Body { get; set; } = "";

    public string ConnectionId { get; set; } = "";

    /// <summary>A header value by case-insensitive name, or null when the request did not carry it.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
