using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>XML namespaces of [MS-WSMV] 2.2.1.</summary>
internal static class WsManNamespaces
{
    public static readonly XNamespace Soap = "http://www.w3.org/2003/05/soap-envelope";
    public static readonly XNamespace Addressing = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    public static readonly XNamespace WsMan = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
    public static readonly XNamespace WsManMicrosoft = "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd";
    public static readonly XNamespace Shell = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
    public static readonly XNamespace Transfer = "http://schemas.xmlsoap.org/ws/2004/09/transfer";
    public static readonly XNamespace WsManFault = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";
    public static readonly XNamespace Xml = XNamespace.Xml;

    public const string AnonymousAddress = "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous";
    public const string CmdShellResourceUri = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd";
}
