using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// JSON metadata for <see cref="FilePart"/> members (<c>format: binary</c>), which only a multipart body can carry:
/// written as JSON it is an error; read leniently, a string becomes a part holding its UTF-8 bytes.
/// </summary>
public sealed class FilePartJsonConverter : JsonConverter<FilePart>
{
    /// <inheritdoc/>
    public override FilePart? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new FilePart(Encoding.UTF8.GetBytes(reader.GetString()!));
        }

        reader.Skip();
        return null;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FilePart value, JsonSerializerOptions options) =>
        throw new NotSupportedException("A file part can only be sent in a multipart/form-data body, not as JSON.");
}
