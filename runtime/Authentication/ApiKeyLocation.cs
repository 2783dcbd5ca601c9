namespace OpenApiClientGen.Runtime;

/// <summary>Where an API key travels (OpenAPI's <c>in</c> of an <c>apiKey</c> security scheme).</summary>
public enum ApiKeyLocation
{
    /// <summary>A request header, such as <c>X-API-Key</c>.</summary>
    Header,

    /// <summary>A query parameter of the request URI.</summary>
    Query,

    /// <summary>A cookie in the <c>Cookie</c> header.</summary>
    Cookie,
}
