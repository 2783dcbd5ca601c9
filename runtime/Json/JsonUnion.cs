using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// Base of generated <c>oneOf</c>/<c>anyOf</c> types. The raw JSON is kept as received; each alternative is
/// reached through a typed accessor that checks the discriminator (when the spec declares one) and the JSON
/// token kind before deserializing.
/// </summary>
public abstract class JsonUnion
{
    /// <summary>Wraps the raw JSON of the value.</summary>
    protected JsonUnion(JsonElement json) => Json = json;

    /// <summary>The value as received (or as built from an alternative).</summary>
    public JsonElement Json { get; }

    /// <summary>The JSON kind of the value.</summary>
    public JsonValueKind Kind => Json.ValueKind;

    /// <summary>
    /// Deserializes the value as one alternative when it can be one: the token kind must be one of
    /// <paramref name="kinds"/>, and when a discriminator is given its value must be one of <paramref name="tags"/>.
    /// Returns <c>default</c> when the value is not that alternative.
    /// </summary>
    protected T? As<T>(JsonTypeInfo<T> typeInfo, JsonUnionKinds kinds, string? discriminator = null, string[]? tags = null)
    {
        if (!Matches(Json.ValueKind, kinds))
        {
            return default;
        }

        // A discriminator that is present must match; one that is missing (older servers omit it) does not rule
        // the alternative out.
        if (discriminator is not null && tags is not null
            && Json.ValueKind == JsonValueKind.Object
            && Json.TryGetProperty(discriminator, out JsonElement tag)
            && (tag.ValueKind != JsonValueKind.String || Array.IndexOf(tags, tag.GetString()) < 0))
        {
            return default;
        }

        try
        {
            return Json.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>Like <see cref="As{T}"/> for alternatives that are value types: null when the value is another alternative.</summary>
    protected T? AsValue<T>(JsonTypeInfo<T> typeInfo, JsonUnionKinds kinds, string? discriminator = null, string[]? tags = null)
        where T : struct
    {
        if (!Matches(Json.ValueKind, kinds))
        {
            return null;
        }

        try
        {
            return Json.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Serializes an alternative into the raw JSON a union holds.</summary>
    protected static JsonElement ToJson<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.SerializeToElement(value, typeInfo);

    /// <inheritdoc />
    public override string ToString() => Json.ValueKind == JsonValueKind.Undefined ? string.Empty : Json.GetRawText();

    private static bool Matches(JsonValueKind kind, JsonUnionKinds kinds) => kind switch
    {
        JsonValueKind.Object => (kinds & JsonUnionKinds.Object) != 0,
        JsonValueKind.Array => (kinds & JsonUnionKinds.Array) != 0,
        JsonValueKind.String => (kinds & JsonUnionKinds.String) != 0,
        JsonValueKind.Number => (kinds & JsonUnionKinds.Number) != 0,
        JsonValueKind.True or JsonValueKind.False => (kinds & JsonUnionKinds.Boolean) != 0,
        _ => false,
    };
}

/// <summary>JSON token kinds an alternative of a union accepts.</summary>
[Flags]
public enum JsonUnionKinds
{
    /// <summary>A JSON object.</summary>
    Object = 1,
    /// <summary>A JSON array.</summary>
    Array = 2,
    /// <summary>A JSON string.</summary>
    String = 4,
    /// <summary>A JSON number.</summary>
    Number = 8,
    /// <summary>true or false.</summary>
    Boolean = 16,
    /// <summary>Any kind.</summary>
    Any = Object | Array | String | Number | Boolean,
}
