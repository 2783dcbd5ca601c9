using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenApiClientGen.Runtime.Http.Forms;

/// <summary>
/// Turns a request model into multipart parts through its generated JSON metadata (no reflection): each assigned
/// member is a part. A <see cref="FilePart"/> is a file part; objects, maps, unions and members the description
/// encodes as <c>application/json</c> are JSON parts; scalars are text parts; an array gives one part per item.
/// </summary>
internal static class MultipartBuilder
{
    private const string OctetStream = "application/octet-stream";

    public static MultipartBody Build<T>(T body, JsonTypeInfo<T> typeInfo, FormEncoding? encoding)
    {
        var parts = new List<MultipartPart>();
        if (typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            foreach (JsonPropertyInfo property in typeInfo.Properties)
            {
                if (property.Get is not { } get)
                {
                    continue;
                }

                object? value = get(body!);
                bool send = property.ShouldSerialize is { } should ? should(body!, value) : value is not null;
                if (!send)
                {
                    continue;
                }

                if (property.IsExtensionData)
                {
                    // Unknown members the caller keeps in AdditionalProperties go out too, as on a JSON body.
                    foreach (var extra in (IEnumerable<KeyValuePair<string, JsonElement>>)value!)
                    {
                        AddElement(parts, extra.Key, extra.Value, For(encoding, extra.Key));
                    }

                    continue;
                }

                Add(parts, property.Name, value, typeInfo.Options.GetTypeInfo(property.PropertyType), For(encoding, property.Name));
            }
        }
        else
        {
            // A map or free-form body: its members, from its JSON.
            JsonElement json = JsonSerializer.SerializeToElement(body, typeInfo);
            if (json.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("A multipart body must be an object.", nameof(body));
            }

            foreach (JsonProperty member in json.EnumerateObject())
            {
                AddElement(parts, member.Name, member.Value, For(encoding, member.Name));
            }
        }

        return new MultipartBody(parts);
    }

    private static MemberEncoding For(FormEncoding? encoding, string name) => encoding?.For(name) ?? MemberEncoding.Default;

    private static void Add(List<MultipartPart> parts, string name, object? value, JsonTypeInfo info, MemberEncoding encoding)
    {
        if (value is FilePart file)
        {
            parts.Add(File(name, file, encoding));
        }
        else if (value is null)
        {
            // An explicit null: the member is present and empty.
            parts.Add(Text(name, string.Empty, encoding));
        }
        else if (encoding.IsJson || info.Kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary)
        {
            parts.Add(Json(name, JsonSerializer.SerializeToUtf8Bytes(value, info), encoding));
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && value is IEnumerable<FilePart?> files)
        {
            // Several files under one name (an array of binary strings): a file part each.
            foreach (FilePart? item in files)
            {
                if (item is not null)
                {
                    parts.Add(File(name, item, encoding));
                }
            }
        }
        else
        {
            // Scalars (dates, enums, base64 bytes, numbers) take the text their JSON form has; an array a part per
            // item; a union may hold an object.
            AddElement(parts, name, JsonSerializer.SerializeToElement(value, info), encoding);
        }
    }

    private static void AddElement(List<MultipartPart> parts, string name, JsonElement value, MemberEncoding encoding)
    {
        if (encoding.IsJson || value.ValueKind is JsonValueKind.Object)
        {
            parts.Add(Json(name, Encoding.UTF8.GetBytes(value.GetRawText()), encoding));
        }
        else if (value.ValueKind is JsonValueKind.Array)
        {
            foreach (JsonElement item in value.EnumerateArray())
            {
                AddElement(parts, name, item, encoding);
            }
        }
        else
        {
            parts.Add(Text(name, FormUrlEncoder.Scalar(value), encoding));
        }
    }

    private static MultipartPart File(string name, FilePart file, MemberEncoding encoding) =>
        new(name, null, SingleMediaType(encoding.ContentType) ?? OctetStream, file);

    private static MultipartPart Text(string name, string text, MemberEncoding encoding) =>
        new(name, Encoding.UTF8.GetBytes(text), SingleMediaType(encoding.ContentType), null);

    private static MultipartPart Json(string name, byte[] json, MemberEncoding encoding) =>
        new(name, json, SingleMediaType(encoding.ContentType) ?? "application/json", null);

    /// <summary>A declared media type usable as a part's Content-Type: one concrete type, not a list or a wildcard.</summary>
    private static string? SingleMediaType(string? declared) =>
        declared is null || declared.Contains(',', StringComparison.Ordinal) || declared.Contains('*', StringComparison.Ordinal) ? null : declared.Trim();
}
