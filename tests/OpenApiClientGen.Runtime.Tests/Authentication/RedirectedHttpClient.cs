using System.Net;
using System.Net.Sockets;

namespace OpenApiClientGen.Runtime.Tests.Authentication;

/// <summary>
/// An HttpClient that connects to a local server whatever host the URI names, so requests to names such as
/// example.invalid reach a real server without DNS or network.
/// </summary>
internal static class RedirectedHttpClient
{
    public static HttpClient To(Uri server) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    });
}
