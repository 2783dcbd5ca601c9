using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using OpenApiClientGen.TestSupport;

namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

/// <summary>
/// Kestrel over https on 127.0.0.1 with a self-signed certificate made for the test run, and an HttpClient (not
/// following redirects, like the owned one) that trusts exactly that certificate.
/// </summary>
public sealed class HttpsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;

    private HttpsServer(WebApplication app, Uri baseUri, X509Certificate2 certificate)
    {
        _app = app;
        BaseUri = baseUri;
        _certificate = certificate;
        Client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString() },
        });
    }

    /// <summary>https://127.0.0.1:port/</summary>
    public Uri BaseUri { get; }

    /// <summary>A client trusting the server's certificate; lend it to cores through <see cref="ApiClientOptions.HttpClient"/>.</summary>
    public HttpClient Client { get; }

    public static async Task<HttpsServer> StartAsync(RequestDelegate handler)
    {
        X509Certificate2 certificate = CreateCertificate();
        (WebApplication app, Uri baseUri) = await LoopbackKestrel.StartAsync(handler, listen => listen.UseHttps(certificate));
        return new HttpsServer(app, baseUri, certificate);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        _certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using X509Certificate2 ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Through PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
    }
}
