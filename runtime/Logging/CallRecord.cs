namespace OpenApiClientGen.Runtime.Logging;

/// <summary>
/// What may be shown of one call — method, redacted URI, status — filled in as the call progresses and used by
/// exceptions and log lines alike, so neither ever sees the unredacted request.
/// </summary>
internal sealed class CallRecord
{
    public CallRecord(string method) => Method = method;

    public string Method { get; }

    /// <summary>The request URI with secret query values masked; null until the request message exists.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The response status; null until a response arrived.</summary>
    public int? StatusCode { get; set; }

    public string DisplayUri => Uri?.AbsoluteUri ?? "(not sent)";
}
