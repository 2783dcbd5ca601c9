using System.Net;
using System.Net.Sockets;

namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

internal static class ClosedPort
{
    /// <summary>A loopback base address nothing listens on (a port reserved and released again).</summary>
    public static string BaseAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}
