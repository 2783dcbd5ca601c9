using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// Model properties of an open enumeration type. System.Text.Json's generic code for a value type is compiled for each
/// type on first use, about fifty methods per enumeration, which made most of the first read of a large model. Here
/// the member is read and written as its raw string, through the code every string member already uses; only the
/// conversion to and from the enumeration is specific to it.
/// </summary>
public static partial class JsonModelMetadata
{
    /// <summary>Metadata for a property of enumeration type <typeparamref name="TEnum"/>; JSON null is an error.</summary>
    public static JsonPropertyInfo EnumProperty<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel, TEnum>(
        JsonSerializerOptions options,
        string jsonName,
        string memberName,
        int member,
        bool tracked)
        where TModel : JsonModel
        where TEnum : struct, IApiEnum<TEnum>
    {
        (Func<TModel, TEnum> get, Action<TModel, TEnum> set) = Accessors<TModel, TEnum>(memberName);
        return EnumText<TModel>(
            options,
            jsonName,
            memberName,
            member,
            tracked,
            typeof(TEnum).Name,
            model => get(model).Value,
            (model, text) => set(model, TEnum.FromValue(text ?? throw ApiEnumText.Unexpected(typeof(TEnum).Name, "Null"))),
            nullable: false);
    }

    /// <summary>Metadata for a property of type <typeparamref name="TEnum"/>?.</summary>
    public static JsonPropertyInfo NullableEnumProperty<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel, TEnum>(
        JsonSerializerOptions options,
        string jsonName,
        string memberName,
        int member,
        bool tracked)
        where TModel : JsonModel
        where TEnum : struct, IApiEnum<TEnum>
    {
        (Func<TModel, TEnum?> get, Action<TModel, TEnum?> set) = Accessors<TModel, TEnum?>(memberName);
        return EnumText<TModel>(
            options,
            jsonName,
            memberName,
            member,
            tracked,
            typeof(TEnum).Name,
            model => get(model)?.Value,
            (model, text) => set(model, text is null ? null : TEnum.FromValue(text)),
            nullable: true);
    }

    private static JsonPropertyInfo EnumText<TModel>(
        JsonSerializerOptions options,
        string jsonName,
        string memberName,
        int member,
        bool tracked,
        string enumName,
        Func<TModel, string?> get,
        Action<TModel, string?> set,
        bool nullable)
        where TModel : JsonModel =>
        // A non-nullable enumeration's default is the empty value; as with other members, a read model leaves it out.
        Member(
            options,
            jsonName,
            memberName,
            member,
            tracked,
            get,
            set,
            nullable ? static _ => false : static value => ((string)value!).Length == 0,
            JsonMetadataServices.CreateValueInfo<string>(options, new ApiEnumText(enumName)));
}
