using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.WinRm.Transport;

/// <summary>
/// Decides whether to trust the listener's certificate: the system store by default, or the PEM CA(s) as the
/// only anchors; the name checked is TlsServerName when given, else Host; the insecure switch accepts anything.
/// </summary>
internal sealed class TlsCertificateValidator
{
    private readonly X509Certificate2Collection? _anchors;
    private readonly string _expectedName;
    private readonly bool _skip;

    public TlsCertificateValidator(WinRmConnectionOptions options)
    {
        _expectedName = options.TlsServerName ?? options.Host;
        _skip = options.InsecureSkipTlsVerify;
        if (!_skip && !string.IsNullOrWhiteSpace(options.CaCertificate))
        {
            _anchors = WinRmOptionRules.LoadAnchors(options.CaCertificate);
        }
    }

    public bool Validate(X509Certificate? certificate, X509Chain? presentedChain, SslPolicyErrors errors)
    {
        if (_skip)
        {
            return true;
        }

        if (certificate is null)
        {
            return false;
        }

        var leaf = certificate as X509Certificate2 ?? new X509Certificate2(certificate);
        var nameMatches = leaf.MatchesHostname(_expectedName);
        if (_anchors is null)
        {
            var remaining = errors & ~SslPolicyErrors.RemoteCertificateNameMismatch;
            return remaining == SslPolicyErrors.None && nameMatches;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_anchors);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presentedChain is not null)
        {
            foreach (var element in presentedChain.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(leaf) && nameMatches;
    }
}
