using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>Reads and writes an open enumeration as its raw string (numbers are accepted as their text).</summary>
public sealed class ApiEnumConverter<T> : JsonConverter<T>
    where T : struct, IApiEnum
{
    private readonly Func<string, T> _create;

    /// <summary>Creates a converter that builds values with <paramref name="create"/>.</summary>
    public ApiEnumConverter(Func<string, T> create) => _create = create;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => _create(reader.GetString()!),
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False =>
                _create(System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray())),
            _ => throw new JsonException($"Expected a string for {typeof(T).Name} but found {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        _create(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value);
}
