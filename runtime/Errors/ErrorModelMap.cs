using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// The error schemas an operation declares, by status. Lookup follows OpenAPI's precedence: the exact status, then
/// its range (4XX, 5XX), then <c>default</c>.
/// </summary>
internal sealed class ErrorModelMap
{
    private const int DefaultKey = 0;
    private readonly Dictionary<int, Func<string, object?>> _exact = new();
    private readonly Dictionary<int, Func<string, object?>> _ranges = new();

    public void Add<T>(int status, JsonTypeInfo<T> typeInfo) => _exact[status] = Parser(typeInfo);

    public void AddRange<T>(int hundreds, JsonTypeInfo<T> typeInfo) => _ranges[hundreds] = Parser(typeInfo);

    /// <summary>A copy to add to, leaving this one (an operation's, shared by its calls) as it is.</summary>
    public ErrorModelMap Copy()
    {
        var copy = new ErrorModelMap();
        foreach (var (status, parse) in _exact)
        {
            copy._exact[status] = parse;
        }

        foreach (var (hundreds, parse) in _ranges)
        {
            copy._ranges[hundreds] = parse;
        }

        return copy;
    }

    /// <summary>The body as the declared model; null when none is declared or the body does not fit it.</summary>
    public object? Parse(int status, string? body)
    {
        if (string.IsNullOrWhiteSpace(body)
            || !(_exact.TryGetValue(status, out Func<string, object?>? parse)
                || _ranges.TryGetValue(status / 100, out parse)
                || _exact.TryGetValue(DefaultKey, out parse)))
        {
            return null;
        }

        try
        {
            return parse(body);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            // The typed model is a bonus: the exception for the status must surface whatever the body holds.
            return null;
        }
    }

    private static Func<string, object?> Parser<T>(JsonTypeInfo<T> typeInfo) => body => JsonSerializer.Deserialize(body, typeInfo);
}
