using System.Globalization;
using System.Xml.Linq;
using LabDomainController.Shells;
using LabDomainController.WsMan;

namespace LabDomainController.Handlers;

/// <summary>
/// transfer/Create: opens a shell and answers ResourceCreated with the ShellId selector; the shell's idle timeout
/// is the client's rsp:IdleTimeOut when shorter than the service's IdleTimeout.
/// </summary>
internal sealed class CreateHandler(ShellRegistry shells) : IWsManHandler
{
    private static readonly XNamespace A = WsManNamespaces.Addressing;
    private static readonly XNamespace W = WsManNamespaces.WsMan;
    private static readonly XNamespace Rsp = WsManNamespaces.Shell;

    public string Action => WsManActions.Create;

    public Task<XDocument> HandleAsync(WsManRequest request, string endpoint, CancellationToken cancellationToken)
    {
        var codepageText = request.Option("WINRS_CODEPAGE", "437");
        if (!int.TryParse(codepageText, NumberStyles.None, CultureInfo.InvariantCulture, out var codepage) || !IsKnown(codepage))
        {
            throw WsManFaultException.InvalidRequest($"WINRS_CODEPAGE '{codepageText}' is not a code page this host knows; use 437 or 65001.");
        }

        var shellElement = request.Body.Element(Rsp + "Shell");
        var environment = shellElement?.Element(Rsp + "Environment")?.Elements(Rsp + "Variable")
            .Where(v => v.Attribute("Name") is not null)
            .ToDictionary(v => (string)v.Attribute("Name")!, v => v.Value, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        var shell = shells.Create(codepage, environment, RequestedIdleTimeout(shellElement), request.Account);
        var body = new object[]
        {
            new XElement(WsManNamespaces.Transfer + "ResourceCreated",
                new XElement(A + "Address", endpoint),
                new XElement(A + "ReferenceParameters",
                    new XElement(W + "ResourceURI", WsManNamespaces.CmdShellResourceUri),
                    new XElement(W + "SelectorSet", new XElement(W + "Selector", new XAttribute("Name", "ShellId"), shell.ShellId)))),
            new XElement(Rsp + "Shell",
                new XElement(Rsp + "ShellId", shell.ShellId),
                new XElement(Rsp + "ResourceUri", WsManNamespaces.CmdShellResourceUri),
                new XElement(Rsp + "Owner", Auth.LabIdentity.NetBiosDomainName + "\\" + (request.Account ?? "Administrator")),
                new XElement(Rsp + "ClientIP", "127.0.0.1"),
                new XElement(Rsp + "IdleTimeOut", "PT" + shell.IdleTimeout.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + "S"),
                new XElement(Rsp + "InputStreams", "stdin"),
                new XElement(Rsp + "OutputStreams", "stdout stderr"),
                new XElement(Rsp + "ShellRunTime", "P0DT0H0M0S"),
                new XElement(Rsp + "ShellInactivity", "P0DT0H0M0S")),
        };
        return Task.FromResult(WsManResponseWriter.Envelope(WsManActions.CreateResponse, request.MessageId, body));
    }

    private static TimeSpan? RequestedIdleTimeout(XElement? shellElement)
    {
        var text = shellElement?.Element(Rsp + "IdleTimeOut")?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return System.Xml.XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw WsManFaultException.InvalidRequest($"rsp:IdleTimeOut '{text}' is not an ISO 8601 duration such as PT600S.");
        }
    }

    private static bool IsKnown(int codepage)
    {
        try
        {
            _ = OutputTranscoder.EncodingFor(codepage);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
