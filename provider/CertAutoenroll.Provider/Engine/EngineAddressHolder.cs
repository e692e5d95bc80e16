namespace CertAutoenroll.Provider.Engine;

/// <summary>
/// The engine's gRPC address: from the command line when the engine starts the plugin, or from
/// Handshake/Attach when the plugin was started by hand (PULUMI_DEBUG_PROVIDERS).
/// </summary>
internal sealed class EngineAddressHolder(string? initialAddress)
{
    private volatile string? _address = initialAddress;

    public string? Address => _address;

    public void Set(string? address)
    {
        if (!string.IsNullOrWhiteSpace(address))
        {
            _address = address.Trim();
        }
    }
}
