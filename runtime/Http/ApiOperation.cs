using System.ComponentModel;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Http;

namespace OpenApiClientGen.Runtime;

/// <summary>
/// What every call of one operation shares: method, parsed path template, operationId, server, error schemas, success
/// statuses without a body and accepted media types. Generated code builds one per operation on its first call and
/// starts each <see cref="ApiRequest"/> from it, so nothing of this is parsed or allocated again per call.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiOperation
{
    private readonly List<string> _accept = new();

    /// <summary>An operation for <paramref name="method"/> (e.g. "GET") and a template like <c>/repos/{owner}/{repo}</c>.</summary>
    public ApiOperation(string method, string pathTemplate, string? operationId = null, string? server = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(pathTemplate);
        Method = method;
        HttpMethod = KnownMethods.For(method);
        PathTemplate = pathTemplate;
        Template = UriPathTemplate.Parse(pathTemplate);
        OperationId = operationId;
        Server = server;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The path template, relative to the client's base address.</summary>
    public string PathTemplate { get; }

    /// <summary>The operationId the description gives the operation, or null.</summary>
    public string? OperationId { get; }

    /// <summary>The operation-level server (<see cref="ApiRequest.Server"/>), or null for the client's base address.</summary>
    public string? Server { get; }

    internal HttpMethod HttpMethod { get; }

    internal UriPathTemplate Template { get; }

    internal ErrorModelMap? ErrorModels { get; private set; }

    internal HashSet<int>? EmptyStatuses { get; private set; }

    internal IReadOnlyList<string> AcceptedMediaTypes => _accept;

    /// <summary>As <see cref="ApiRequest.ErrorModel{T}"/>, for every call.</summary>
    public ApiOperation ErrorModel<T>(int status, JsonTypeInfo<T> typeInfo)
    {
        ErrorModels = ApiRequest.WithErrorModel(ErrorModels, status, typeInfo);
        return this;
    }

    /// <summary>As <see cref="ApiRequest.ErrorModelRange{T}"/>, for every call.</summary>
    public ApiOperation ErrorModelRange<T>(int hundreds, JsonTypeInfo<T> typeInfo)
    {
        ErrorModels = ApiRequest.WithErrorModelRange(ErrorModels, hundreds, typeInfo);
        return this;
    }

    /// <summary>As <see cref="ApiRequest.EmptyResponseStatus"/>, for every call.</summary>
    public ApiOperation EmptyResponseStatus(int status)
    {
        EmptyStatuses = ApiRequest.WithEmptyStatus(EmptyStatuses, status);
        return this;
    }

    /// <summary>As <see cref="ApiRequest.Accept"/>, for every call.</summary>
    public ApiOperation Accept(string mediaType)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        _accept.Add(mediaType);
        return this;
    }
}
