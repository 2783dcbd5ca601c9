namespace OpenApiClientGen.Model
{
    /// <summary>
    /// Another media type the operation accepts for its body (form beside JSON): one more method, with the same
    /// parameters and response, named with the media type's suffix (<c>CreateAsFormAsync</c>).
    /// </summary>
    internal sealed record BodyVariantModel(string MethodName, BodyModel Body);

    /// <summary>
    /// How one member of a form or multipart body is encoded (OpenAPI's Encoding Object): the runtime's
    /// <c>FormStyle</c> member name, explode, and the part's media type.
    /// </summary>
    internal sealed record BodyEncodingModel(string Name, string Style, bool Explode, string? ContentType);
}
