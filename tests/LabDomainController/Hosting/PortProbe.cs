using System.Net;
using System.Net.Sockets;

namespace LabDomainController.Hosting;

/// <summary>Whether a loopback port can be bound, checked before the host starts so a clash is one line, not a stack trace.</summary>
internal static class PortProbe
{
    public static bool IsFree(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        if (!OperatingSystem.IsWindows())
        {
            // As Kestrel binds on Unix: a port left in TIME_WAIT by a lab that just stopped is free.
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        }

        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException exception) when (exception.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            return false;
        }
    }
}
