using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Http;
using OpenApiClientGen.Runtime.Http.Forms;

namespace OpenApiClientGen.Runtime;

/// <summary>Form and multipart bodies of a request.</summary>
public sealed partial class ApiRequest
{
    /// <summary>
    /// Sets an <c>application/x-www-form-urlencoded</c> body from a model (or a map): the members its metadata writes
    /// (for request models, the assigned ones) in the style <paramref name="encoding"/> declares per member, by
    /// default form style, exploded (<c>tag=a&amp;tag=b</c>); <see cref="FormStyle.DeepObject"/> nests with brackets
    /// (<c>metadata[key]=value</c>, <c>items[0][price]=…</c>). Encoded now, sent with Content-Length, reusable for retries.
    /// </summary>
    /// <exception cref="ArgumentException">The body is not an object.</exception>
    public void FormBody<T>(T body, JsonTypeInfo<T> typeInfo, FormEncoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(typeInfo);
        string form = FormUrlEncoder.Encode(JsonSerializer.SerializeToElement(body, typeInfo), encoding);
        Body = new BufferedBody(Encoding.ASCII.GetBytes(form), new MediaTypeHeaderValue("application/x-www-form-urlencoded"));
    }

    /// <summary>
    /// Sets a <c>multipart/form-data</c> body from a model: one part per member its metadata writes. A
    /// <see cref="FilePart"/> member is a file part (streamed when sent); objects, maps and members
    /// <paramref name="encoding"/> declares as <c>application/json</c> are JSON parts; other values are text parts; an
    /// array gives a part per item. A body with a non-seekable stream is sent once: no retry or redirect repeats it.
    /// </summary>
    /// <exception cref="ArgumentException">The body is not an object.</exception>
    public void MultipartBody<T>(T body, JsonTypeInfo<T> typeInfo, FormEncoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(typeInfo);
        Body = MultipartBuilder.Build(body, typeInfo, encoding);
    }
}
