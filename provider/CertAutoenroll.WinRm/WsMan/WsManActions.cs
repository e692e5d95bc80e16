namespace CertAutoenroll.WinRm.WsMan;

/// <summary>Action URIs of [MS-WSMV] 3.1.4 with the response each one expects.</summary>
internal static class WsManActions
{
    private const string TransferBase = "http://schemas.xmlsoap.org/ws/2004/09/transfer/";
    private const string ShellBase = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/";

    public const string Create = TransferBase + "Create";
    public const string CreateResponse = TransferBase + "CreateResponse";
    public const string Delete = TransferBase + "Delete";
    public const string DeleteResponse = TransferBase + "DeleteResponse";
    public const string Command = ShellBase + "Command";
    public const string CommandResponse = ShellBase + "CommandResponse";
    public const string Send = ShellBase + "Send";
    public const string SendResponse = ShellBase + "SendResponse";
    public const string Receive = ShellBase + "Receive";
    public const string ReceiveResponse = ShellBase + "ReceiveResponse";
    public const string Signal = ShellBase + "Signal";
    public const string SignalResponse = ShellBase + "SignalResponse";

    public const string SignalTerminate = ShellBase + "signal/terminate";
    public const string SignalCtrlC = ShellBase + "signal/ctrl_c";

    public const string CommandStateDone = ShellBase + "CommandState/Done";
}
