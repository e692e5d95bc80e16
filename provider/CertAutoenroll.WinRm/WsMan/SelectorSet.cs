namespace CertAutoenroll.WinRm.WsMan;

/// <summary>The <c>w:SelectorSet</c> header that addresses one shell.</summary>
internal sealed class SelectorSet() : WsManSet<SelectorSet>(WsManNamespaces.WsMan + "SelectorSet", WsManNamespaces.WsMan + "Selector")
{
    public static SelectorSet ForShell(string shellId) => new SelectorSet().Add("ShellId", shellId);
}
