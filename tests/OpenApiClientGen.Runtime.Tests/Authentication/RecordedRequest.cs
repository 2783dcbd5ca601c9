namespace OpenApiClientGen.Runtime.Tests.Authentication;

/// <summary>A request as <see cref="AuthServer"/> received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>A header by case-insensitive name, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    /// <summary>The body as an application/x-www-form-urlencoded form.</summary>
    public IReadOnlyDictionary<string, string> Form =>
        Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(parts => Decode(parts[0]), parts => parts.Length == 2 ? Decode(parts[1]) : "", StringComparer.Ordinal);

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
