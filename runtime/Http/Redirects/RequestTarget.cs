namespace OpenApiClientGen.Runtime.Http;

/// <summary>Where and how one hop of a call is sent: the request as described, or as a redirect rewrote it.</summary>
/// <param name="Uri">The absolute URI of this hop.</param>
/// <param name="Method">The method of this hop (303 and some 301/302 turn it into GET).</param>
/// <param name="SendBody">Whether the request body goes along (dropped when the method became GET).</param>
internal readonly record struct RequestTarget(Uri Uri, HttpMethod Method, bool SendBody)
{
    public static RequestTarget Initial(ApiRequest request, Uri baseAddress) =>
        new(request.BuildUri(baseAddress), request.HttpMethod, SendBody: true);
}
