using System.Globalization;
using OpenApiClientGen.Runtime.Json;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Turns path, query and header values into text, independent of the current culture, in the formats
/// OpenAPI uses for them (RFC 3339 date-time, full-date, ...).
/// </summary>
internal static class ParameterFormatter
{
    public static string Format(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        IApiEnum apiEnum => apiEnum.Value,
        Enum member => member.ToString(),
        DateTimeOffset instant => FormatUtc(instant.UtcDateTime),

        // Unspecified kinds are taken as UTC: the wire format needs a zone and guessing local time is worse.
        DateTime time => FormatUtc(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time),
        DateOnly date => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture) + Fraction(time.Ticks),
        Guid id => id.ToString("D"),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        Uri uri => uri.OriginalString,

        // A oneOf of scalars (GitHub's workflow_id: integer or file name) or free-form JSON: a string is sent as its
        // text, never with the quotes of its JSON form.
        JsonUnion union => FormatJson(union.Json),
        System.Text.Json.JsonElement element => FormatJson(element),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A scalar's text, or a collection's items (nulls left out) joined with ',' (header and cookie values).</summary>
    public static string FormatJoined(object value) =>
        value is System.Collections.IEnumerable items and not string
            ? string.Join(',', items.Cast<object?>().Where(item => item is not null).Select(item => Format(item!)))
            : Format(value);

    private static string FormatJson(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => element.GetString()!,
        System.Text.Json.JsonValueKind.Undefined or System.Text.Json.JsonValueKind.Null => string.Empty,
        _ => element.GetRawText(),
    };

    private static string FormatUtc(DateTime utc) =>
        utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + Fraction(utc.Ticks) + "Z";

    // Fractional seconds only when present, without trailing zeros: "2024-01-02T03:04:05Z" stays short.
    private static string Fraction(long ticks)
    {
        long fraction = ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? string.Empty : "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
    }
}
