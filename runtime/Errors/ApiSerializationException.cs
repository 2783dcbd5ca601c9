using System.Text.Json;

namespace OpenApiClientGen.Runtime;

/// <summary>A successful response's body was not valid JSON for the expected type (malformed, truncated or mismatched).</summary>
public class ApiSerializationException : ApiException
{
    /// <summary>Creates the exception from the <see cref="JsonException"/> that reading the body raised.</summary>
    public ApiSerializationException(
        string requestMethod,
        Uri? requestUri,
        int statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        string? body,
        Type targetType,
        JsonException innerException)
        : base(Describe(requestMethod, requestUri, targetType, innerException), requestMethod, requestUri, statusCode, reasonPhrase, headers, body, innerException)
    {
        TargetType = targetType;
        LineNumber = innerException.LineNumber;
        BytePositionInLine = innerException.BytePositionInLine;
        JsonPath = innerException.Path;
    }

    /// <summary>The type the body was read as.</summary>
    public Type TargetType { get; }

    /// <summary>Zero-based line of the error in the body, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Zero-based byte offset of the error within its line, when known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>The JSON path where reading failed (for example <c>$.items[3].id</c>), when known.</summary>
    public string? JsonPath { get; }

    private static string Describe(string requestMethod, Uri? requestUri, Type targetType, JsonException error)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        ArgumentNullException.ThrowIfNull(error);
        return $"{requestMethod} {requestUri?.AbsoluteUri ?? "(unknown URI)"} returned a body that is not valid JSON for {targetType.Name}"
            + $" (line {error.LineNumber?.ToString() ?? "?"}, byte {error.BytePositionInLine?.ToString() ?? "?"}, path {error.Path ?? "?"}): {error.Message}";
    }
}
