namespace OpenApiClientGen.Model
{
    internal enum ParameterLocation
    {
        Path,
        Query,
        Header,
        Cookie,
    }

    internal enum PayloadKind
    {
        None,
        Json,
        Text,
        Binary,

        /// <summary><c>application/x-www-form-urlencoded</c>: a typed model encoded as name/value pairs.</summary>
        Form,

        /// <summary><c>multipart/form-data</c>: a typed model sent as parts, binary members as files.</summary>
        Multipart,
    }

    /// <summary>One operation of the spec, as one generated method.</summary>
    internal sealed record OperationModel(
        string MethodName,
        string HttpMethod,
        string Path,
        string? ServerUrl,
        string? Summary,
        string? Description,
        string? DocsUrl,
        bool Deprecated,
        EquatableArray<ParameterModel> Parameters,
        BodyModel? Body,
        ResponseModel Response,
        PagingModel? Paging = null,
        EquatableArray<BodyVariantModel> BodyVariants = default,
        string? OperationId = null);

    /// <summary>
    /// How a list operation pages: the extra method that follows the Link header, the item type, the property
    /// holding the items when the list is wrapped in an object (<c>items</c>, <c>workflow_runs</c>), and the page
    /// number parameter the pager leaves out.
    /// </summary>
    internal sealed record PagingModel(string MethodName, TypeRef ItemType, string? ItemsProperty, string? PageParameter);

    /// <summary>A path, query, header or cookie parameter.</summary>
    internal sealed record ParameterModel(
        string WireName,
        string Name,
        ParameterLocation Location,
        TypeRef Type,
        bool Required,
        bool Explode,
        bool AllowReserved,
        string? Description,
        ParameterConstraints? Constraints);

    /// <summary>What the spec says a parameter's value must satisfy; checked before sending.</summary>
    internal sealed record ParameterConstraints(
        double? Minimum,
        double? Maximum,
        bool ExclusiveMinimum,
        bool ExclusiveMaximum,
        int? MinLength,
        int? MaxLength,
        string? Pattern);

    /// <summary>
    /// The request body: JSON, form or multipart (typed), text or binary; <see cref="Encoding"/> is what the description
    /// declares per member of a form or multipart body.
    /// </summary>
    internal sealed record BodyModel(PayloadKind Kind, string MediaType, TypeRef? Type, bool Required, string Name, string? Description, EquatableArray<BodyEncodingModel> Encoding = default);

    /// <summary>
    /// What a successful call returns, the success statuses documented without a body beside a JSON one
    /// (GitHub's 205 Reset Content beside 202 Accepted), and the error bodies the spec declares per status.
    /// </summary>
    internal sealed record ResponseModel(
        PayloadKind Kind,
        string? MediaType,
        TypeRef? Type,
        EquatableArray<ErrorResponseModel> Errors = default,
        EquatableArray<int> EmptyStatuses = default);

    /// <summary>
    /// A JSON error body the spec declares: for one status, for a range (<c>4XX</c> → 4, <see cref="IsRange"/>), or
    /// for every other status (<c>default</c> → 0).
    /// </summary>
    internal sealed record ErrorResponseModel(int Status, bool IsRange, TypeRef Type);
}
