namespace OpenApiClientGen.Runtime;

/// <summary>How a member of a form or multipart body is serialized (OpenAPI's Encoding Object).</summary>
public enum FormStyle
{
    /// <summary>Arrays as repeated names (exploded) or comma-joined values; an object's members as their own pairs (exploded) or <c>k,v,k,v</c>.</summary>
    Form,

    /// <summary>Array values joined by spaces.</summary>
    SpaceDelimited,

    /// <summary>Array values joined by '|'.</summary>
    PipeDelimited,

    /// <summary>Nested names in brackets: <c>metadata[key]=value</c>, <c>items[0][price]=…</c>.</summary>
    DeepObject,
}

/// <summary>
/// The encoding the description declares for members of a form or multipart body, by member name. Members it does
/// not name use the defaults: form style, exploded, and (multipart) text parts for scalars, JSON parts for objects.
/// Generated operations build one per operation, once.
/// </summary>
public sealed class FormEncoding
{
    private readonly Dictionary<string, MemberEncoding> _members = new(StringComparer.Ordinal);

    /// <summary>Declares how the member <paramref name="name"/> (its wire name) is encoded; returns this for chaining.</summary>
    /// <param name="name">The member's name in the body.</param>
    /// <param name="style">The style of a form body's member.</param>
    /// <param name="explode">Whether arrays and objects become several pairs.</param>
    /// <param name="contentType">The media type of a multipart part (<c>application/json</c> makes any member a JSON part).</param>
    public FormEncoding Member(string name, FormStyle style = FormStyle.Form, bool explode = true, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _members[name] = new MemberEncoding(style, explode, contentType);
        return this;
    }

    internal MemberEncoding For(string name) => _members.TryGetValue(name, out MemberEncoding? encoding) ? encoding : MemberEncoding.Default;
}

/// <summary>One member's encoding.</summary>
internal sealed record MemberEncoding(FormStyle Style, bool Explode, string? ContentType)
{
    public static MemberEncoding Default { get; } = new(FormStyle.Form, true, null);

    /// <summary>Whether a multipart part is JSON whatever its value: the description says so.</summary>
    public bool IsJson => ContentType is { } type && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.Contains("+json", StringComparison.OrdinalIgnoreCase));
}
