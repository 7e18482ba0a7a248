using System.Net;
using System.Net.Sockets;

namespace RoleBot.Tests.Support;

public static class LoopbackPorts
{
    /// <summary>
    /// A loopback port nobody listens on right now: a server can be started on it, and a connection to it is refused.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
