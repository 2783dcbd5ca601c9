using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OpenApiClientGen.Runtime.Tests.Infrastructure;

internal static class ClosedPort
{
    // Kept for the life of the test process: while bound, no server another test starts can take the port.
    private static readonly ConcurrentBag<Socket> Held = [];

    /// <summary>
    /// A loopback base address nothing listens on: a socket is bound to the port but never listens, so connections
    /// are refused (a port merely reserved and released could be handed to another test's server in between).
    /// </summary>
    public static string BaseAddress()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Held.Add(socket);
        return $"http://127.0.0.1:{((IPEndPoint)socket.LocalEndPoint!).Port}/";
    }
}
