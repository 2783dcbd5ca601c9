using System.ComponentModel;
using System.Text;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// Finds the part of a generated JSON context that holds a type's metadata without a table of every type: the
/// generator files each type under a bucket of its key and the context asks here which bucket a requested type is
/// in, so resolving one type loads and builds only its bucket's types. The key and hash match the generator's
/// (FNV-1a over the key's UTF-16 code units).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonTypeKey
{
    /// <summary>
    /// The simple name of the type, generic arguments in angle brackets: <c>IReadOnlyList&lt;Int64&gt;</c>,
    /// <c>Nullable&lt;DateTimeOffset&gt;</c>, <c>Byte[]</c>.
    /// </summary>
    public static string Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!type.IsGenericType && !type.IsArray)
        {
            return type.Name;
        }

        var key = new StringBuilder();
        Append(key, type);
        return key.ToString();
    }

    /// <summary>The bucket of a key among <paramref name="buckets"/>.</summary>
    public static int Bucket(string key, int buckets)
    {
        ArgumentNullException.ThrowIfNull(key);
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash % (uint)buckets);
    }

    private static void Append(StringBuilder key, Type type)
    {
        if (type.IsArray)
        {
            Append(key, type.GetElementType()!);
            key.Append("[]");
            return;
        }

        if (!type.IsGenericType)
        {
            key.Append(type.Name);
            return;
        }

        string name = type.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        key.Append(name, 0, tick < 0 ? name.Length : tick).Append('<');
        Type[] arguments = type.GetGenericArguments();
        for (int i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
            {
                key.Append(',');
            }

            Append(key, arguments[i]);
        }

        key.Append('>');
    }
}
