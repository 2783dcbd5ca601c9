using System.Text.Json.Serialization;

namespace OpenApiClientGen.Runtime.Tests.Errors;

/// <summary>GitHub's basic error schema, as a spec would declare it for 4XX responses.</summary>
public sealed class BasicError
{
    public string? Message { get; set; }

    public string? DocumentationUrl { get; set; }
}

/// <summary>A second error schema, to tell which one was chosen.</summary>
public sealed class ServiceFault
{
    public string? Code { get; set; }

    public int RetryIn { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(BasicError))]
[JsonSerializable(typeof(ServiceFault))]
internal sealed partial class ErrorModelContext : JsonSerializerContext
{
}
