using System.Net.Http.Headers;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>A request body that can produce the HttpContent for a send.</summary>
internal abstract class RequestBody
{
    public static MediaTypeHeaderValue JsonMediaType => new("application/json") { CharSet = "utf-8" };

    /// <summary>Whether <see cref="CreateContent"/> can be called again after a send (for retries and 307/308 redirects).</summary>
    public virtual bool CanResend => true;

    public abstract HttpContent CreateContent();
}
