using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// Metadata for untyped JSON, for requests the description does not cover (<see cref="ApiClientCore.SendAsync{T}"/>
/// with <c>RawJsonContext.Default.JsonNode</c>, <see cref="ApiRequest.JsonBody{T}"/> with a <c>JsonObject</c>).
/// </summary>
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonArray))]
public sealed partial class RawJsonContext : JsonSerializerContext;
