using System.Text.Json;

namespace OpenApiClientGen.Runtime.Http.Forms;

/// <summary>
/// Writes a JSON object (a request model serialized through its generated metadata, so only assigned members are
/// present) as <c>application/x-www-form-urlencoded</c>, member by member in the declared style. Scalars keep their
/// JSON text: <c>true</c>/<c>false</c>, invariant numbers, ISO 8601 dates. An explicit null or an empty array or
/// object is sent as an empty value (<c>name=</c>), the form style's "empty" in the OpenAPI specification.
/// </summary>
internal static class FormUrlEncoder
{
    public static string Encode(JsonElement body, FormEncoding? encoding)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A form body must be an object.", nameof(body));
        }

        var pairs = new List<string>();
        foreach (JsonProperty member in body.EnumerateObject())
        {
            AddMember(pairs, member.Name, member.Value, encoding?.For(member.Name) ?? MemberEncoding.Default);
        }

        return string.Join('&', pairs);
    }

    private static void AddMember(List<string> pairs, string name, JsonElement value, MemberEncoding encoding)
    {
        string key = PercentEncoding.Encode(name);
        if (encoding.Style == FormStyle.DeepObject || !IsContainer(value))
        {
            AddNested(pairs, key, value);
            return;
        }

        if (IsEmpty(value))
        {
            pairs.Add(key + "=");
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            if (value.EnumerateArray().Any(IsContainer))
            {
                // Not defined by the specification: arrays of objects take the indexed bracket form.
                AddNested(pairs, key, value);
            }
            else if (encoding.Explode && encoding.Style == FormStyle.Form)
            {
                foreach (JsonElement item in value.EnumerateArray())
                {
                    pairs.Add(key + "=" + PercentEncoding.Encode(Scalar(item)));
                }
            }
            else
            {
                pairs.Add(key + "=" + string.Join(Delimiter(encoding.Style), value.EnumerateArray().Select(item => PercentEncoding.Encode(Scalar(item)))));
            }

            return;
        }

        if (encoding.Explode && encoding.Style == FormStyle.Form)
        {
            // An exploded object's members stand as pairs of their own (R=100&G=200); deeper levels use brackets.
            foreach (JsonProperty member in value.EnumerateObject())
            {
                AddNested(pairs, PercentEncoding.Encode(member.Name), member.Value);
            }
        }
        else
        {
            var parts = value.EnumerateObject().SelectMany(member => new[] { PercentEncoding.Encode(member.Name), PercentEncoding.Encode(Scalar(member.Value)) });
            pairs.Add(key + "=" + string.Join(Delimiter(encoding.Style), parts));
        }
    }

    /// <summary>The bracket form: <c>key[member]=…</c> for objects, <c>key[0]=…</c> for arrays, at any depth.</summary>
    private static void AddNested(List<string> pairs, string key, JsonElement value)
    {
        if (IsEmpty(value))
        {
            pairs.Add(key + "=");
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty member in value.EnumerateObject())
            {
                AddNested(pairs, key + "[" + PercentEncoding.Encode(member.Name) + "]", member.Value);
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                AddNested(pairs, key + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", item);
                index++;
            }
        }
        else
        {
            pairs.Add(key + "=" + PercentEncoding.Encode(Scalar(value)));
        }
    }

    private static bool IsContainer(JsonElement value) => value.ValueKind is JsonValueKind.Object or JsonValueKind.Array;

    private static bool IsEmpty(JsonElement value) =>
        (value.ValueKind == JsonValueKind.Object && !value.EnumerateObject().Any())
        || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);

    /// <summary>The delimiter, already encoded (a raw space is not allowed in the body).</summary>
    private static string Delimiter(FormStyle style) => style switch
    {
        FormStyle.SpaceDelimited => "%20",
        FormStyle.PipeDelimited => "%7C",
        _ => ",",
    };

    /// <summary>A scalar's text: strings unquoted, numbers and booleans as JSON writes them, null as empty.</summary>
    internal static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };
}
