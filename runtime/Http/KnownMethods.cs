namespace OpenApiClientGen.Runtime.Http;

/// <summary>The shared <see cref="HttpMethod"/> instances for the methods OpenAPI knows, so no call creates its own.</summary>
internal static class KnownMethods
{
    public static HttpMethod For(string method) => method switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "PATCH" => HttpMethod.Patch,
        "DELETE" => HttpMethod.Delete,
        "HEAD" => HttpMethod.Head,
        "OPTIONS" => HttpMethod.Options,
        "TRACE" => HttpMethod.Trace,
        _ => new HttpMethod(method),
    };
}
