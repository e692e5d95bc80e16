using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.Provider.Doctor;

/// <summary>
/// Check 2 (https only): the listener's certificate chains to the trust the provider will use
/// (caCertificate, else the system store) and carries the name the provider checks (tlsServerName, else host).
/// </summary>
internal static class TlsCheck
{
    public const string Name = "tls";
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    public static async Task<CheckResult> RunAsync(WinRmConnectionOptions options, CancellationToken cancellationToken)
    {
        if (options.Scheme != WinRmScheme.Https)
        {
            return CheckResult.Skip(Name, "http: no TLS (NTLM/Negotiate seal every message instead).");
        }

        var expectedName = options.TlsServerName ?? options.Host;
        X509Certificate2? leaf = null;
        X509Certificate2Collection presented = [];
        var systemErrors = SslPolicyErrors.None;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HandshakeTimeout);
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(options.Host, options.EffectivePort, timeout.Token).ConfigureAwait(false);
            await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, (_, certificate, chain, errors) =>
            {
                leaf = certificate is null ? null : new X509Certificate2(certificate);
                if (chain is not null)
                {
                    foreach (var element in chain.ChainElements)
                    {
                        presented.Add(new X509Certificate2(element.Certificate));
                    }
                }

                systemErrors = errors;
                return true; // decided below, with the reason
            });
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = expectedName }, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AuthenticationException or IOException or SocketException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return CheckResult.Fail(Name, $"no TLS handshake with {options.Host}:{options.EffectivePort} ({exception.Message}).",
                "the port does not speak https: use the https listener's port (5986), or --scheme http with ntlm/negotiate.");
        }

        if (leaf is null)
        {
            return CheckResult.Fail(Name, "the listener sent no certificate.", "configure an https listener with a certificate on the DC.");
        }

        using (leaf)
        {
            var subject = $"'{leaf.Subject}' issued by '{leaf.Issuer}'";
            if (options.InsecureSkipTlsVerify)
            {
                return CheckResult.Pass(Name, $"certificate {subject} NOT verified (insecureSkipTlsVerify): anyone on the path can read the password.");
            }

            if (!ChainIsTrusted(leaf, presented, options.CaCertificate, systemErrors))
            {
                var fix = options.CaCertificate is null
                    ? "give the issuing CA's certificate with --ca-certificate FILE (config 'caCertificate', PEM), or add that CA to this machine's trust store."
                    : "the PEM given as caCertificate is not the CA that issued this certificate: export the listener's issuing (or root) CA and pass that.";
                return CheckResult.Fail(Name, $"certificate {subject} is not trusted.", fix);
            }

            if (!leaf.MatchesHostname(expectedName))
            {
                return CheckResult.Fail(Name, $"certificate {subject} is not for '{expectedName}' (it names {NamesIn(leaf)}).",
                    "connect by a name the certificate carries (--host), or set --tls-server-name (config 'tlsServerName') to one of them.");
            }

            return CheckResult.Pass(Name, $"certificate {subject} is trusted and matches '{expectedName}'.");
        }
    }

    private static bool ChainIsTrusted(X509Certificate2 leaf, X509Certificate2Collection presented, string? caPem, SslPolicyErrors systemErrors)
    {
        if (caPem is null)
        {
            return (systemErrors & SslPolicyErrors.RemoteCertificateChainErrors) == 0;
        }

        var anchors = new X509Certificate2Collection();
        anchors.ImportFromPem(caPem);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(anchors);
        chain.ChainPolicy.ExtraStore.AddRange(presented);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }

    private static string NamesIn(X509Certificate2 certificate)
    {
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>()
            .SelectMany(e => e.EnumerateDnsNames().Concat(e.EnumerateIPAddresses().Select(a => a.ToString())))
            .Select(n => $"'{n}'")
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : $"only '{certificate.GetNameInfo(X509NameType.SimpleName, false)}'";
    }
}
