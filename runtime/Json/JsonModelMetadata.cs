using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenApiClientGen.Runtime.Json;

/// <summary>
/// Builds System.Text.Json metadata for generated models through <see cref="JsonMetadataServices"/>, the
/// same public API System.Text.Json's own source generator emits against. Keeping the boilerplate here keeps
/// each generated property to one line with no lambda, and callers free of reflection.
/// </summary>
public static partial class JsonModelMetadata
{
    /// <summary>
    /// Metadata for an object model with the given properties. Its number members (the description's <c>number</c>
    /// and <c>integer</c>, also as items of arrays) read a number given as a JSON string too (<c>"0.16001e0"</c>, as
    /// GitHub's own examples send percentiles): a harmless server quirk is no failure. Numbers are still written as
    /// JSON numbers.
    /// </summary>
    public static JsonTypeInfo<T> Object<T>(JsonSerializerOptions options, JsonPropertyInfo[] properties)
        where T : JsonModel, new() => Object<T>(options, _ => properties);

    /// <summary>
    /// Metadata for an object model whose properties are created when System.Text.Json first configures the type (a
    /// value of it is read or written), not when its metadata is created: a model that is only the type of some
    /// member of the model being read costs nothing more until one of its values is read.
    /// </summary>
    public static JsonTypeInfo<T> Object<T>(JsonSerializerOptions options, Func<JsonSerializerOptions, JsonPropertyInfo[]> properties)
        where T : JsonModel, new()
    {
        ArgumentNullException.ThrowIfNull(properties);
        var values = new JsonObjectInfoValues<T>
        {
            ObjectCreator = static () => new T { IsRead = true },
            PropertyMetadataInitializer = _ => properties(options),
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        return JsonMetadataServices.CreateObjectInfo(options, values);
    }

    /// <summary>
    /// Metadata for one property of a model. A tracked property (member of a model a request can carry) is
    /// written only when assigned (<see cref="JsonModel.IsAssigned(int)"/>), so explicit nulls are sent and untouched
    /// members are not.
    /// </summary>
    /// <remarks>
    /// The getter and setter are the property's own accessors, bound once when the model's metadata is first built. A
    /// generated model names only its properties here, not a getter and a setter lambda per property: those lambdas
    /// were most of what compiling a large client cost. <typeparamref name="TModel"/>'s public properties are kept
    /// under trimming and NativeAOT by its annotation, so binding them needs no code generation at run time.
    /// </remarks>
    public static JsonPropertyInfo Property<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel, T>(
        JsonSerializerOptions options,
        string jsonName,
        string memberName,
        int member,
        bool tracked)
        where TModel : JsonModel
    {
        (Func<TModel, T?> get, Action<TModel, T?> set) = Accessors<TModel, T?>(memberName);
        // A read model leaves out a member that holds its type's default and was not in the JSON.
        return Member(options, jsonName, memberName, member, tracked, get, set, static value => EqualityComparer<T>.Default.Equals((T)value!, default!));
    }

    /// <summary>The metadata of a member read and written through <paramref name="get"/> and <paramref name="set"/>.</summary>
    private static JsonPropertyInfo Member<TModel, T>(
        JsonSerializerOptions options,
        string jsonName,
        string memberName,
        int member,
        bool tracked,
        Func<TModel, T?> get,
        Action<TModel, T?> set,
        Func<object?, bool> isDefault,
        JsonTypeInfo? typeInfo = null)
        where TModel : JsonModel
    {
        var values = new JsonPropertyInfoValues<T>
        {
            IsProperty = true,
            IsPublic = true,
            DeclaringType = typeof(TModel),
            PropertyName = memberName,
            JsonPropertyName = jsonName,
            // Null: System.Text.Json takes the type's metadata from the options.
            PropertyTypeInfo = typeInfo!,
            Getter = model => get((TModel)model),
            Setter = Setter(set, member, tracked),
        };
        JsonPropertyInfo info = JsonMetadataServices.CreatePropertyInfo(options, values);
        info.ShouldSerialize = ShouldSerialize(member, tracked, isDefault);
        return info;
    }

    /// <summary>The public instance property's own getter and setter, bound once.</summary>
    private static (Func<TModel, T> Get, Action<TModel, T> Set) Accessors<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel, T>(string memberName)
    {
        PropertyInfo property = typeof(TModel).GetProperty(memberName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            ?? throw new InvalidOperationException($"{typeof(TModel)} has no public property {memberName}.");
        return (property.GetMethod!.CreateDelegate<Func<TModel, T>>(), property.SetMethod!.CreateDelegate<Action<TModel, T>>());
    }

    /// <summary>
    /// The setter System.Text.Json calls. A tracked model's own setter records the assignment; a response-only model
    /// has plain properties, so its members record their presence here as they are read.
    /// </summary>
    private static Action<object, T?> Setter<TModel, T>(Action<TModel, T?> set, int member, bool tracked)
        where TModel : JsonModel =>
        tracked
            ? (model, value) => set((TModel)model, value)
            : (model, value) =>
            {
                set((TModel)model, value);
                ((JsonModel)model).MarkRead(member);
            };

    /// <summary>
    /// Whether a member is written. A tracked property (member of a model a request can carry) is written only when
    /// assigned (<see cref="JsonModel.IsAssigned(int)"/>), so explicit nulls are sent and untouched members are not. A
    /// response-only model does not know what the caller assigned. Read from JSON, it writes the members the JSON had
    /// and any the caller gave a value since, so a missing required member stays missing; built in code, it writes
    /// what has a value. A null or an empty JsonElement (which cannot be written) is left out.
    /// </summary>
    private static Func<object, object?, bool> ShouldSerialize(int member, bool tracked, Func<object?, bool> isDefault) =>
        tracked
            ? (model, _) => ((JsonModel)model).IsAssigned(member)
            : (model, value) => ((JsonModel)model).IsAssigned(member)
                || (HasValue(value) && (!((JsonModel)model).IsRead || !isDefault(value)));

    private static bool HasValue(object? value) => value is not null and not JsonElement { ValueKind: JsonValueKind.Undefined };

    /// <summary>
    /// Metadata for <see cref="JsonModel.AdditionalProperties"/>, which collects unknown members. The metadata of the
    /// dictionary, its keys and values is supplied here, so a context need not register
    /// <c>Dictionary&lt;string, JsonElement&gt;</c> (a resolver without it would fail every model that has the bag).
    /// </summary>
    public static JsonPropertyInfo AdditionalProperties(JsonSerializerOptions options, Type declaringType)
    {
        var values = new JsonPropertyInfoValues<Dictionary<string, JsonElement>>
        {
            IsProperty = true,
            IsPublic = true,
            IsExtensionData = true,
            DeclaringType = declaringType,
            PropertyTypeInfo = JsonMetadataServices.CreateDictionaryInfo<Dictionary<string, JsonElement>, string, JsonElement>(
                options,
                new JsonCollectionInfoValues<Dictionary<string, JsonElement>>
                {
                    ObjectCreator = static () => new Dictionary<string, JsonElement>(),
                    KeyInfo = JsonMetadataServices.CreateValueInfo<string>(options, JsonMetadataServices.StringConverter),
                    ElementInfo = JsonMetadataServices.CreateValueInfo<JsonElement>(options, JsonMetadataServices.JsonElementConverter),
                }),
            PropertyName = nameof(JsonModel.AdditionalProperties),
            Getter = static model => ((JsonModel)model).AdditionalProperties,
            Setter = static (model, value) => ((JsonModel)model).AdditionalProperties = value,
        };
        return JsonMetadataServices.CreatePropertyInfo(options, values);
    }

    /// <summary>Metadata for a type handled by a converter (open enums, unions).</summary>
    public static JsonTypeInfo<T> Converted<T>(JsonSerializerOptions options, JsonConverter<T> converter) =>
        JsonMetadataServices.CreateValueInfo<T>(options, converter);

    /// <summary>Metadata for a read-only list in responses.</summary>
    public static JsonTypeInfo<IReadOnlyList<T>> ReadOnlyList<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateIEnumerableInfo<IReadOnlyList<T>, T>(options, new JsonCollectionInfoValues<IReadOnlyList<T>>
        {
            ObjectCreator = null,
        });

    /// <summary>Metadata for a list.</summary>
    public static JsonTypeInfo<List<T>> List<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateListInfo<List<T>, T>(options, new JsonCollectionInfoValues<List<T>>
        {
            ObjectCreator = static () => new List<T>(),
        });

    /// <summary>Metadata for a string-keyed map.</summary>
    public static JsonTypeInfo<IDictionary<string, T>> Map<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateIDictionaryInfo<IDictionary<string, T>, string, T>(options, new JsonCollectionInfoValues<IDictionary<string, T>>
        {
            ObjectCreator = static () => new Dictionary<string, T>(),
        });

    /// <summary>Metadata for a nullable value type.</summary>
    public static JsonTypeInfo<T?> Nullable<T>(JsonSerializerOptions options)
        where T : struct =>
        JsonMetadataServices.CreateValueInfo<T?>(options, JsonMetadataServices.GetNullableConverter<T>(options));

    /// <summary>Metadata for a built-in type with one of System.Text.Json's own converters.</summary>
    public static JsonTypeInfo<T> Value<T>(JsonSerializerOptions options, JsonConverter<T?> converter) =>
        JsonMetadataServices.CreateValueInfo<T>(options, converter);
}
