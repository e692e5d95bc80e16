using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>One outgoing WS-Man message before the headers are added.</summary>
internal sealed record WsManRequest(string Action, SelectorSet? Selectors = null, OptionSet? Options = null, XElement? Body = null)
{
    public string ResourceUri { get; init; } = WsManNamespaces.CmdShellResourceUri;

    /// <summary>Null means the client's default.</summary>
    public TimeSpan? OperationTimeout { get; init; }
}
