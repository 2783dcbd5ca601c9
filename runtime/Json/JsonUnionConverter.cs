using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>Reads a union as its raw JSON and writes the raw JSON back unchanged.</summary>
public sealed class JsonUnionConverter<T> : JsonConverter<T>
    where T : JsonUnion
{
    private readonly Func<JsonElement, T> _create;

    /// <summary>Creates a converter that wraps raw JSON with <paramref name="create"/>.</summary>
    public JsonUnionConverter(Func<JsonElement, T> create) => _create = create;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        _create(JsonElement.ParseValue(ref reader));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        value.Json.WriteTo(writer);
}
