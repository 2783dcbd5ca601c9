using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Json;

namespace OpenApiClientGen.Runtime.Tests.Forms;

/// <summary>A request model as the generator emits it: assignment-tracking setters, metadata without reflection.</summary>
public sealed class CheckoutRequest : JsonModel
{
    public string? Customer { get => _customer; set { _customer = value; MarkAssigned(0); } }
    private string? _customer;

    public IReadOnlyList<string>? Tags { get => _tags; set { _tags = value; MarkAssigned(1); } }
    private IReadOnlyList<string>? _tags;

    public bool? Paid { get => _paid; set { _paid = value; MarkAssigned(2); } }
    private bool? _paid;

    public DateTimeOffset? Due { get => _due; set { _due = value; MarkAssigned(3); } }
    private DateTimeOffset? _due;

    public double? Amount { get => _amount; set { _amount = value; MarkAssigned(4); } }
    private double? _amount;

    public IDictionary<string, string>? Metadata { get => _metadata; set { _metadata = value; MarkAssigned(5); } }
    private IDictionary<string, string>? _metadata;

    public IReadOnlyList<CheckoutItem>? Items { get => _items; set { _items = value; MarkAssigned(6); } }
    private IReadOnlyList<CheckoutItem>? _items;

    public string? Description { get => _description; set { _description = value; MarkAssigned(7); } }
    private string? _description;

    public long? Created { get => _created; set { _created = value; MarkAssigned(8); } }
    private long? _created;
}

public sealed class CheckoutItem : JsonModel
{
    public string? Price { get => _price; set { _price = value; MarkAssigned(0); } }
    private string? _price;

    public long? Quantity { get => _quantity; set { _quantity = value; MarkAssigned(1); } }
    private long? _quantity;
}

public sealed class UploadRequest : JsonModel
{
    public FilePart? File { get => _file; set { _file = value; MarkAssigned(0); } }
    private FilePart? _file;

    public string? Purpose { get => _purpose; set { _purpose = value; MarkAssigned(1); } }
    private string? _purpose;

    public CheckoutItem? Settings { get => _settings; set { _settings = value; MarkAssigned(2); } }
    private CheckoutItem? _settings;

    public IReadOnlyList<string>? Labels { get => _labels; set { _labels = value; MarkAssigned(3); } }
    private IReadOnlyList<string>? _labels;

    public IReadOnlyList<FilePart>? Attachments { get => _attachments; set { _attachments = value; MarkAssigned(4); } }
    private IReadOnlyList<FilePart>? _attachments;

    public string? Note { get => _note; set { _note = value; MarkAssigned(5); } }
    private string? _note;

    public DateOnly? Day { get => _day; set { _day = value; MarkAssigned(6); } }
    private DateOnly? _day;
}

/// <summary>The metadata a generated JSON context would hold for these models.</summary>
public sealed class FormModelsResolver : IJsonTypeInfoResolver
{
    public static JsonSerializerOptions Options { get; } = new() { TypeInfoResolver = new FormModelsResolver() };

    public static JsonTypeInfo<CheckoutRequest> Checkout => (JsonTypeInfo<CheckoutRequest>)Options.GetTypeInfo(typeof(CheckoutRequest));

    public static JsonTypeInfo<UploadRequest> Upload => (JsonTypeInfo<UploadRequest>)Options.GetTypeInfo(typeof(UploadRequest));

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(CheckoutRequest))
        {
            return JsonModelMetadata.Object<CheckoutRequest>(options, new[]
            {
                P<CheckoutRequest, string>(options, "customer", 0, m => m.Customer, (m, v) => m.Customer = v),
                P<CheckoutRequest, IReadOnlyList<string>>(options, "tags", 1, m => m.Tags, (m, v) => m.Tags = v),
                P<CheckoutRequest, bool?>(options, "paid", 2, m => m.Paid, (m, v) => m.Paid = v),
                P<CheckoutRequest, DateTimeOffset?>(options, "due", 3, m => m.Due, (m, v) => m.Due = v),
                P<CheckoutRequest, double?>(options, "amount", 4, m => m.Amount, (m, v) => m.Amount = v),
                P<CheckoutRequest, IDictionary<string, string>>(options, "metadata", 5, m => m.Metadata, (m, v) => m.Metadata = v),
                P<CheckoutRequest, IReadOnlyList<CheckoutItem>>(options, "items", 6, m => m.Items, (m, v) => m.Items = v),
                P<CheckoutRequest, string>(options, "description", 7, m => m.Description, (m, v) => m.Description = v),
                P<CheckoutRequest, long?>(options, "created", 8, m => m.Created, (m, v) => m.Created = v),
                JsonModelMetadata.AdditionalProperties(options, typeof(CheckoutRequest)),
            });
        }

        if (type == typeof(CheckoutItem))
        {
            return JsonModelMetadata.Object<CheckoutItem>(options, new[]
            {
                P<CheckoutItem, string>(options, "price", 0, m => m.Price, (m, v) => m.Price = v),
                P<CheckoutItem, long?>(options, "quantity", 1, m => m.Quantity, (m, v) => m.Quantity = v),
                JsonModelMetadata.AdditionalProperties(options, typeof(CheckoutItem)),
            });
        }

        if (type == typeof(UploadRequest))
        {
            return JsonModelMetadata.Object<UploadRequest>(options, new[]
            {
                P<UploadRequest, FilePart>(options, "file", 0, m => m.File, (m, v) => m.File = v),
                P<UploadRequest, string>(options, "purpose", 1, m => m.Purpose, (m, v) => m.Purpose = v),
                P<UploadRequest, CheckoutItem>(options, "settings", 2, m => m.Settings, (m, v) => m.Settings = v),
                P<UploadRequest, IReadOnlyList<string>>(options, "labels", 3, m => m.Labels, (m, v) => m.Labels = v),
                P<UploadRequest, IReadOnlyList<FilePart>>(options, "attachments", 4, m => m.Attachments, (m, v) => m.Attachments = v),
                P<UploadRequest, string>(options, "note", 5, m => m.Note, (m, v) => m.Note = v),
                P<UploadRequest, DateOnly?>(options, "day", 6, m => m.Day, (m, v) => m.Day = v),
                JsonModelMetadata.AdditionalProperties(options, typeof(UploadRequest)),
            });
        }

        return Builtin(type, options);
    }

    private static JsonTypeInfo? Builtin(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(string)) return JsonModelMetadata.Value<string>(options, JsonMetadataServices.StringConverter);
        if (type == typeof(bool)) return JsonModelMetadata.Value<bool>(options, JsonMetadataServices.BooleanConverter);
        if (type == typeof(bool?)) return JsonModelMetadata.Nullable<bool>(options);
        if (type == typeof(long)) return JsonModelMetadata.Value<long>(options, JsonMetadataServices.Int64Converter);
        if (type == typeof(long?)) return JsonModelMetadata.Nullable<long>(options);
        if (type == typeof(double)) return JsonModelMetadata.Value<double>(options, JsonMetadataServices.DoubleConverter);
        if (type == typeof(double?)) return JsonModelMetadata.Nullable<double>(options);
        if (type == typeof(DateTimeOffset)) return JsonModelMetadata.Value<DateTimeOffset>(options, JsonMetadataServices.DateTimeOffsetConverter);
        if (type == typeof(DateTimeOffset?)) return JsonModelMetadata.Nullable<DateTimeOffset>(options);
        if (type == typeof(DateOnly)) return JsonModelMetadata.Value<DateOnly>(options, JsonMetadataServices.DateOnlyConverter);
        if (type == typeof(DateOnly?)) return JsonModelMetadata.Nullable<DateOnly>(options);
        if (type == typeof(FilePart)) return JsonModelMetadata.Converted(options, new FilePartJsonConverter());
        if (type == typeof(IReadOnlyList<string>)) return JsonModelMetadata.ReadOnlyList<string>(options);
        if (type == typeof(IReadOnlyList<CheckoutItem>)) return JsonModelMetadata.ReadOnlyList<CheckoutItem>(options);
        if (type == typeof(IReadOnlyList<FilePart>)) return JsonModelMetadata.ReadOnlyList<FilePart>(options);
        if (type == typeof(IDictionary<string, string>)) return JsonModelMetadata.Map<string>(options);
        return null;
    }

    private static JsonPropertyInfo P<TModel, T>(JsonSerializerOptions options, string name, int index, Func<TModel, T?> get, Action<TModel, T?> set)
        where TModel : JsonModel =>
        JsonModelMetadata.Property<T>(options, typeof(TModel), name, name, index, tracked: true, m => get((TModel)m), (m, v) => set((TModel)m, v));
}
