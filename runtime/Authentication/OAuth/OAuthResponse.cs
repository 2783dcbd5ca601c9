using System.Globalization;
using System.Text.Json;

namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>The members of an OAuth endpoint's answer: JSON (RFC 6749 §5.1), or the form encoding GitHub uses without <c>Accept: application/json</c>.</summary>
internal sealed class OAuthResponse
{
    private readonly Dictionary<string, string> _values;

    private OAuthResponse(Dictionary<string, string> values) => _values = values;

    /// <summary>Reads <paramref name="body"/>; strings and numbers are kept (numbers as invariant text), other members are ignored.</summary>
    public static OAuthResponse Parse(string? body, string? mediaType)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string text = body?.Trim() ?? "";
        if (text.StartsWith('{'))
        {
            ReadJson(text, values);
        }
        else if (string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            ReadForm(text, values);
        }

        return new OAuthResponse(values);
    }

    /// <summary>The member's text, or null when it is missing or empty.</summary>
    public string? this[string name] => _values.TryGetValue(name, out string? value) && value.Length > 0 ? value : null;

    /// <summary>A positive number of seconds, or null when the member is missing or not such a number.</summary>
    public TimeSpan? Seconds(string name) =>
        this[name] is { } text
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
        && seconds > 0
        && seconds < TimeSpan.MaxValue.TotalSeconds / 2
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static void ReadJson(string text, Dictionary<string, string> values)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (JsonProperty member in document.RootElement.EnumerateObject())
            {
                switch (member.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        values[member.Name] = member.Value.GetString()!;
                        break;
                    case JsonValueKind.Number:
                        values[member.Name] = member.Value.GetRawText();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the caller reports the missing members.
        }
    }

    private static void ReadForm(string text, Dictionary<string, string> values)
    {
        foreach (string pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            values[Decode(parts[0])] = parts.Length == 2 ? Decode(parts[1]) : "";
        }
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
