namespace OpenApiClientGen.Runtime;

/// <summary>Per-call settings, passed as the last parameter before the CancellationToken of every generated operation.</summary>
public sealed class RequestOptions
{
    /// <summary>Headers for this call only; they override default headers, operation headers and credentials.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Called with the status and headers of a successful response before its body is read.</summary>
    public Action<ApiResponseInfo>? OnResponse { get; set; }
}
