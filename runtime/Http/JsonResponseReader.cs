using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiClientGen.Runtime.Logging;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>Deserializes a response body straight from the network stream, reporting bad JSON with the body and position.</summary>
internal static class JsonResponseReader
{
    public static async Task<T> ReadAsync<T>(CallRecord call, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var capture = new CapturingReadStream(body, ResponseText.MaxBodyBytes);
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
                    HeaderRedactor.Redact(ResponseHeaders.Collect(response)),
                    ResponseText.Decode(capture.Captured, response.Content),
                    typeof(T),
                    e);
            }
        }
    }
}
