using CertAutoenroll.WinRm.WsMan;

namespace CertAutoenroll.WinRm;

/// <summary>A SOAP fault from the WS-Management service, parsed once into typed fields.</summary>
public sealed class WsManFaultException : WinRmException
{
    public WsManFaultException(
        string soapCode, string? subcode, uint? wsManCode, string? machine, string reason, string? providerFault)
        : base(WsManFaultMessages.Compose(soapCode, subcode, wsManCode, machine, reason, providerFault))
    {
        SoapCode = soapCode;
        Subcode = subcode;
        WsManCode = wsManCode;
        Machine = machine;
        Reason = reason;
        ProviderFault = providerFault;
    }

    /// <summary><c>s:Code/s:Value</c>, e.g. <c>s:Receiver</c>.</summary>
    public string SoapCode { get; }

    /// <summary><c>s:Subcode/s:Value</c>, e.g. <c>w:TimedOut</c>.</summary>
    public string? Subcode { get; }

    /// <summary>The <c>WSManFault Code</c> attribute, e.g. 2150858793.</summary>
    public uint? WsManCode { get; }

    public string? Machine { get; }

    /// <summary>The service's own text (<c>f:Message</c>, else <c>s:Reason/s:Text</c>).</summary>
    public string Reason { get; }

    /// <summary>The <c>f:ProviderFault</c> text, when a provider added one.</summary>
    public string? ProviderFault { get; }

    public bool IsOperationTimeout => WsManCode == WsManFaultCodes.OperationTimeout;

    /// <summary>The shell or its process is gone or saturated; a new shell will work.</summary>
    public bool MeansShellLost =>
        WsManCode is WsManFaultCodes.ShellNotFound or WsManFaultCodes.TooManyOperations or WsManFaultCodes.ProfileUnloaded;
}
