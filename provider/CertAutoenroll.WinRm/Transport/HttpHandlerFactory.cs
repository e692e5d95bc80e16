using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace CertAutoenroll.WinRm.Transport;

/// <summary>
/// A handler with exactly one TCP connection, so the NTLM/Negotiate context stays bound to the connection it
/// authenticated; every new connection is counted so the transport can tell when it must authenticate again,
/// and the certificate it accepted is remembered for channel binding.
/// </summary>
internal static class HttpHandlerFactory
{
    public static SocketsHttpHandler Create(TlsCertificateValidator validator, ConnectionCounter counter) =>
        new()
        {
            MaxConnectionsPerServer = 1,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(100),
            ConnectTimeout = TimeSpan.FromSeconds(30),
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            Credentials = null,
            AutomaticDecompression = DecompressionMethods.None,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                {
                    var accepted = validator.Validate(certificate, chain, errors);
                    if (accepted && certificate is not null)
                    {
                        counter.CertificateAccepted(EndPointHash(certificate));
                    }

                    return accepted;
                },
            },
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
                    counter.Opened();
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };

    private static byte[] EndPointHash(X509Certificate certificate)
    {
        if (certificate is X509Certificate2 leaf)
        {
            return TlsServerEndPointBinding.HashOf(leaf);
        }

        using var copy = new X509Certificate2(certificate);
        return TlsServerEndPointBinding.HashOf(copy);
    }
}
