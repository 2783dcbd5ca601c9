using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>Deserializes a response body straight from the network stream, reporting bad JSON with the body and position.</summary>
internal static class JsonResponseReader
{
    /// <exception cref="ApiSerializationException">The body is not valid JSON for the type.</exception>
    /// <exception cref="ApiException">The decoded body has more than <paramref name="limit"/> bytes.</exception>
    /// <exception cref="ApiConnectionException">The body's Content-Encoding does not decode.</exception>
    public static async ValueTask<T> ReadAsync<T>(CallRecord call, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, long limit, CancellationToken cancellationToken)
    {
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var capture = new ResponseBodyStream(body, call, response, limit, capture: true);
        await using (capture.ConfigureAwait(false))
        {
            try
            {
                // A JSON null yields null: whether the operation allows it is up to the generated signature.
                return (await JsonSerializer.DeserializeAsync(capture, typeInfo, cancellationToken).ConfigureAwait(false))!;
            }
            catch (JsonException e)
            {
                await capture.FillCaptureAsync(cancellationToken).ConfigureAwait(false);
                throw new ApiSerializationException(
                    call.Method,
                    call.Uri,
                    (int)response.StatusCode,
                    response.ReasonPhrase,
                    HeaderRedactor.Redact(response, call.Uri),
                    ResponseText.Decode(capture.Captured, response.Content),
                    typeof(T),
                    e);
            }
        }
    }
}
