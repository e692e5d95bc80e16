using System.Net;
using System.Net.Sockets;
using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.Provider.Doctor;

/// <summary>Check 1: the host name resolves and the WinRM port accepts TCP connections.</summary>
internal static class NetworkCheck
{
    public const string Name = "network";
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public static async Task<CheckResult> RunAsync(WinRmConnectionOptions options, CancellationToken cancellationToken)
    {
        var host = options.Host;
        var port = options.EffectivePort;
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException exception)
        {
            return CheckResult.Fail(Name, $"'{host}' does not resolve ({exception.SocketErrorCode}).",
                "check the host name (--host, config 'host'), or give the DC's IP address; this machine's DNS must know the name.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(addresses, port, timeout.Token).ConfigureAwait(false);
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return CheckResult.Fail(Name, $"{host}:{port} refused the connection: nothing listens on port {port}.",
                $"check the port (--port, config 'port'; WinRM uses 5986 for https and 5985 for http); on the DC, "
                + "'winrm enumerate winrm/config/listener' lists the listeners.");
        }
        catch (Exception exception) when (exception is SocketException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return CheckResult.Fail(Name, $"{host}:{port} did not answer within {ConnectTimeout.TotalSeconds:0} s.",
                $"a firewall between here and the DC drops port {port}: open it (Windows Firewall rule 'Windows Remote Management'), or check the host.");
        }

        var shown = string.Join(", ", addresses.Select(a => a.ToString()));
        return CheckResult.Pass(Name, $"{host} ({shown}) accepts TCP connections on port {port}.");
    }
}
