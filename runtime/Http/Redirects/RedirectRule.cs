using System.Net;

namespace OpenApiClientGen.Runtime.Http;

/// <summary>
/// Where a redirect leads (RFC 9110 §15.4): 303 turns into GET without body; 301 and 302 do too, except for GET and
/// HEAD, as browsers do; 307 and 308 keep the method and body.
/// </summary>
internal static class RedirectRule
{
    /// <summary>At most this many hops per call, as browsers and HttpClient allow.</summary>
    public const int MaxHops = 10;

    /// <summary>Whether following would leave https for plain http, where anyone on the way can read and change the call.</summary>
    public static bool IsDowngrade(RequestTarget current, RequestTarget next) =>
        current.Uri.Scheme == Uri.UriSchemeHttps && next.Uri.Scheme == Uri.UriSchemeHttp;

    /// <summary>The next hop, or null when the response is not a redirect the runtime follows.</summary>
    public static RequestTarget? Next(RequestTarget current, HttpResponseMessage response)
    {
        HttpStatusCode status = response.StatusCode;
        if (status is not (HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
                or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect)
            || response.Headers.Location is not { } location)
        {
            return null;
        }

        // A relative Location is resolved against the URI that answered, not the base address.
        var uri = location.IsAbsoluteUri ? location : new Uri(current.Uri, location);
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        bool becomesGet = status == HttpStatusCode.SeeOther
            || (status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
                && current.Method != HttpMethod.Get && current.Method != HttpMethod.Head);
        return becomesGet
            ? new RequestTarget(uri, status == HttpStatusCode.SeeOther && current.Method == HttpMethod.Head ? HttpMethod.Head : HttpMethod.Get, SendBody: false)
            : current with { Uri = uri };
    }
}
