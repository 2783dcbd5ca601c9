using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// Reads and writes an open enumeration's raw string. A number or boolean is accepted as its text: servers send
/// <c>1</c> where the spec lists <c>"1"</c>.
/// </summary>
internal sealed class ApiEnumText : JsonConverter<string>
{
    private readonly string _enumName;

    /// <summary>A converter whose errors name <paramref name="enumName"/>, the enumeration the text is for.</summary>
    public ApiEnumText(string enumName) => _enumName = enumName;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, _enumName);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    /// <summary>The raw value at the reader, or a <see cref="JsonException"/> that names the enumeration.</summary>
    public static string Read(ref Utf8JsonReader reader, string enumName) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString()!,
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False =>
                Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
            _ => throw Unexpected(enumName, reader.TokenType.ToString()),
        };

    /// <summary>The error for a JSON token that cannot be the enumeration's value.</summary>
    public static JsonException Unexpected(string enumName, string token) =>
        new($"Expected a string for {enumName} but found {token}.");
}
