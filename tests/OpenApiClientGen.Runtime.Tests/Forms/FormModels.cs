using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Json;

namespace OpenApiClientGen.Runtime.Tests.Forms;

/// <summary>A request model as the generator emits it: assignment-tracking setters, metadata through JsonModelMetadata.</summary>
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
                P<CheckoutRequest, string>(options, "customer", nameof(CheckoutRequest.Customer), 0),
                P<CheckoutRequest, IReadOnlyList<string>>(options, "tags", nameof(CheckoutRequest.Tags), 1),
                P<CheckoutRequest, bool?>(options, "paid", nameof(CheckoutRequest.Paid), 2),
                P<CheckoutRequest, DateTimeOffset?>(options, "due", nameof(CheckoutRequest.Due), 3),
                P<CheckoutRequest, double?>(options, "amount", nameof(CheckoutRequest.Amount), 4),
                P<CheckoutRequest, IDictionary<string, string>>(options, "metadata", nameof(CheckoutRequest.Metadata), 5),
                P<CheckoutRequest, IReadOnlyList<CheckoutItem>>(options, "items", nameof(CheckoutRequest.Items), 6),
                P<CheckoutRequest, string>(options, "description", nameof(CheckoutRequest.Description), 7),
                P<CheckoutRequest, long?>(options, "created", nameof(CheckoutRequest.Created), 8),
                JsonModelMetadata.AdditionalProperties(options, typeof(CheckoutRequest)),
            });
        }

        if (type == typeof(CheckoutItem))
        {
            return JsonModelMetadata.Object<CheckoutItem>(options, new[]
            {
                P<CheckoutItem, string>(options, "price", nameof(CheckoutItem.Price), 0),
                P<CheckoutItem, long?>(options, "quantity", nameof(CheckoutItem.Quantity), 1),
                JsonModelMetadata.AdditionalProperties(options, typeof(CheckoutItem)),
            });
        }

        if (type == typeof(UploadRequest))
        {
            return JsonModelMetadata.Object<UploadRequest>(options, new[]
            {
                P<UploadRequest, FilePart>(options, "file", nameof(UploadRequest.File), 0),
                P<UploadRequest, string>(options, "purpose", nameof(UploadRequest.Purpose), 1),
                P<UploadRequest, CheckoutItem>(options, "settings", nameof(UploadRequest.Settings), 2),
                P<UploadRequest, IReadOnlyList<string>>(options, "labels", nameof(UploadRequest.Labels), 3),
                P<UploadRequest, IReadOnlyList<FilePart>>(options, "attachments", nameof(UploadRequest.Attachments), 4),
                P<UploadRequest, string>(options, "note", nameof(UploadRequest.Note), 5),
                P<UploadRequest, DateOnly?>(options, "day", nameof(UploadRequest.Day), 6),
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

    private static JsonPropertyInfo P<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel, T>(JsonSerializerOptions options, string jsonName, string memberName, int index)
        where TModel : JsonModel =>
        JsonModelMetadata.Property<TModel, T>(options, jsonName, memberName, index, tracked: true);
}
