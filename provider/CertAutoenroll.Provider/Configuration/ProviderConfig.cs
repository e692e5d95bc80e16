using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.Provider.Configuration;

/// <summary>The checked provider configuration: how to reach the DC and which domain to manage.</summary>
internal sealed class ProviderConfig(WinRmConnectionOptions connection, string? domain, string? server = null)
{
    public WinRmConnectionOptions Connection { get; } = connection;

    /// <summary>Null: the DC's own domain.</summary>
    public string? Domain { get; } = domain;

    /// <summary>The DC the GroupPolicy cmdlets get as <c>-Server</c>; null: the connected DC's own name.</summary>
    public string? Server { get; } = server;
}

internal sealed record ConfigFailure(string Key, string Reason);

/// <param name="Config">Null when a value is unknown (preview) or anything failed.</param>
/// <param name="MissingKeys">Required keys absent from config and environment.</param>
internal sealed record ConfigParseResult(
    ProviderConfig? Config,
    IReadOnlyList<ConfigFailure> Failures,
    IReadOnlyList<string> MissingKeys,
    bool HasUnknowns);
