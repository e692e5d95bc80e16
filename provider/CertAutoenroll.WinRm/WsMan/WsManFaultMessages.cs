using System.Globalization;
using System.Text;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>Turns a fault into a message that says what happened and what the user can do about it.</summary>
internal static class WsManFaultMessages
{
    public static string Compose(string soapCode, string? subcode, uint? wsManCode, string? machine, string reason, string? providerFault)
    {
        var text = new StringBuilder("WS-Management fault");
        if (wsManCode is { } code)
        {
            text.Append(CultureInfo.InvariantCulture, $" {code} (0x{code:X8})");
        }

        if (!string.IsNullOrEmpty(machine))
        {
            text.Append(CultureInfo.InvariantCulture, $" from {machine}");
        }

        text.Append(CultureInfo.InvariantCulture, $" [{subcode ?? soapCode}]: {reason.Trim()}");
        if (!string.IsNullOrEmpty(providerFault))
        {
            text.Append(CultureInfo.InvariantCulture, $" Provider: {providerFault.Trim()}");
        }

        if (Advice(wsManCode) is { } advice)
        {
            text.Append(' ').Append(advice);
        }

        return text.ToString();
    }

    private static string? Advice(uint? code) => code switch
    {
        WsManFaultCodes.MaxShellsPerUser =>
            "Too many shells are open for this user: close leaked shells (restart the WinRM service or wait for their IdleTimeout) "
            + "or raise MaxShellsPerUser (winrm set winrm/config/winrs '@{MaxShellsPerUser=\"60\"}').",
        WsManFaultCodes.TooManyOperations =>
            "Too many concurrent operations for this user: lower the number of sessions or raise MaxConcurrentOperationsPerUser.",
        WsManFaultCodes.AccessDenied =>
            "Access is denied: the account needs administrator rights on the target (or membership of Remote Management Users).",
        WsManFaultCodes.ShellNotFound =>
            "The remote shell no longer exists (idle timeout or service restart); a new shell has to be opened.",
        WsManFaultCodes.EnvelopeTooLarge =>
            "The request exceeded the listener's MaxEnvelopeSizekb; raise it (winrm set winrm/config '@{MaxEnvelopeSizekb=\"500\"}').",
        WsManFaultCodes.OperationTimeout => "No output arrived within OperationTimeout; the client polls again.",
        _ => null,
    };
}
