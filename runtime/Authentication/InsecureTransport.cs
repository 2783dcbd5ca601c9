namespace OpenApiClientGen.Runtime.Authentication;

/// <summary>Refuses to send secrets unencrypted: only https, or plain http to a loopback host, unless allowed.</summary>
internal static class InsecureTransport
{
    public static void ThrowIfInsecure(Uri uri, bool allowInsecureHttp, string what, string optionName)
    {
        if (!allowInsecureHttp && uri.IsAbsoluteUri && uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            throw new InvalidOperationException(
                $"Refusing to send {what} to {uri.GetLeftPart(UriPartial.Authority)} over plain http, where anyone on the way could read them; "
                + $"use https, or set {optionName} to allow it.");
        }
    }
}
