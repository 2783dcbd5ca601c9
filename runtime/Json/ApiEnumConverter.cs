using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>Reads and writes an open enumeration as its raw string (numbers are accepted as their text).</summary>
public sealed class ApiEnumConverter<T> : JsonConverter<T>
    where T : struct, IApiEnum<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromValue(ApiEnumText.Read(ref reader, typeof(T).Name));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromValue(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value);
}
