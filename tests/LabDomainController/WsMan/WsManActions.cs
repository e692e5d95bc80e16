namespace LabDomainController.WsMan;

/// <summary>Action URIs of MS-WSMV 3.1.4 (reference §1.3), each beside its response.</summary>
internal static class WsManActions
{
    public const string Create = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Create";
    public const string CreateResponse = "http://schemas.xmlsoap.org/ws/2004/09/transfer/CreateResponse";
    public const string Delete = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete";
    public const string DeleteResponse = "http://schemas.xmlsoap.org/ws/2004/09/transfer/DeleteResponse";
    public const string Command = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command";
    public const string CommandResponse = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandResponse";
    public const string Send = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Send";
    public const string SendResponse = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/SendResponse";
    public const string Receive = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive";
    public const string ReceiveResponse = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/ReceiveResponse";
    public const string Signal = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Signal";
    public const string SignalResponse = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/SignalResponse";
    public const string Fault = "http://schemas.dmtf.org/wbem/wsman/1/wsman/fault";

    public const string CommandStateDone = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Done";
    public const string CommandStateRunning = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Running";
}
