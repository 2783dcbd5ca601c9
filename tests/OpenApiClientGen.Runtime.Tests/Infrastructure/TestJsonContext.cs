using System.Text.Json.Serialization;

namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

/// <summary>A payload the tests send as a JSON request body.</summary>
public sealed class SamplePayload
{
    public string? Name { get; set; }

    public int Count { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(EchoResponse))]
[JsonSerializable(typeof(SamplePayload))]
[JsonSerializable(typeof(List<int>))]
internal sealed partial class TestJsonContext : JsonSerializerContext
{
}
