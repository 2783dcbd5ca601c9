using System.Text.Json.Serialization;
using OpenApiClientGen.Bench.Json;

namespace OpenApiClientGen.Bench.Peers.Raw;

/// <summary>System.Text.Json's own source generator over the plain models; raw HttpClient and Refit read with it.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RawFullRepository))]
[JsonSerializable(typeof(IReadOnlyList<HandWrittenRepository>))]
internal sealed partial class RawJsonContext : JsonSerializerContext;
