using System.Text.Json;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// Reads GitHub-style error documents — <c>{"message", "errors": [...], "documentation_url"}</c> — without reflection,
/// tolerating any other shape (the result is then empty).
/// </summary>
internal static class ValidationErrorReader
{
    public static (IReadOnlyList<ApiValidationError> Errors, string? DocumentationUrl) Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return ([], null);
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ([], null);
            }

            var errors = new List<ApiValidationError>();
            if (root.TryGetProperty("errors", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in list.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        errors.Add(new ApiValidationError(Text(item, "resource"), Text(item, "field"), Text(item, "code"), Text(item, "message")));
                    }
                    else if (item.ValueKind == JsonValueKind.String)
                    {
                        errors.Add(new ApiValidationError(null, null, null, item.GetString()));
                    }
                }
            }

            return (errors, Text(root, "documentation_url"));
        }
        catch (JsonException)
        {
            // Not JSON: the body text is still on the exception.
            return ([], null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
