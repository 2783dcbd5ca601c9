using System.Net;

namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>
/// The client's own cookie jar (<see cref="ApiClientOptions.Cookies"/>), kept by the runtime rather than by the
/// handler so clients sharing one HttpClient never see each other's cookies.
/// </summary>
internal static class CookieSession
{
    /// <summary>The cookies to send to <paramref name="uri"/>, or null when the session is off or has none.</summary>
    public static string? HeaderFor(ApiClientOptions options, Uri uri)
    {
        if (!options.UseCookies)
        {
            return null;
        }

        string header = options.Cookies.GetCookieHeader(uri);
        return header.Length == 0 ? null : header;
    }

    /// <summary>Keeps the cookies a response sets (Set-Cookie), for the URI that answered.</summary>
    public static void Store(ApiClientOptions options, HttpRequestMessage request, HttpResponseMessage response)
    {
        if (!options.UseCookies
            || (response.RequestMessage?.RequestUri ?? request.RequestUri) is not { } uri
            || !response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string>? values))
        {
            return;
        }

        CookieContainer cookies = options.Cookies;
        foreach (string value in values)
        {
            try
            {
                cookies.SetCookies(uri, value);
            }
            catch (CookieException)
            {
                // Browsers ignore a malformed cookie too; it must not fail the call.
            }
        }
    }
}
