using System.Net.Http.Headers;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>A request body that can produce the HttpContent for a send.</summary>
internal abstract class RequestBody
{
    public static MediaTypeHeaderValue JsonMediaType => new("application/json") { CharSet = "utf-8" };

    public abstract HttpContent CreateContent();
}
