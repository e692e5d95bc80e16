namespace CertAutoenroll.Provider.Remote;

/// <summary>
/// Last line of defence for secrets: every text that leaves the process (engine logs, error
/// messages) passes through here and loses any configured secret it contains.
/// </summary>
internal sealed class SecretRedactor
{
    private const string Mask = "[secret]";
    private volatile string[] _secrets = [];

    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (this)
        {
            if (!_secrets.Contains(secret, StringComparer.Ordinal))
            {
                _secrets = [.. _secrets, secret];
            }
        }
    }

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
