using LabDomainController.WsMan;

namespace LabDomainController.Scenarios;

/// <summary>The SOAP faults an injected failure answers with, worded as Windows words them (reference/winrm.md §1.10, §4.2 #8).</summary>
internal static class InjectedFaults
{
    /// <summary>0x803381A6, MaxConcurrentOperationsPerUser (1500 on Server 2012 and later).</summary>
    public const uint TooManyOperationsCode = 2150859174;

    /// <summary>E_FAIL, what the service reports as w:InternalError.</summary>
    public const uint InternalErrorCode = 2147500037;

    public const int MaxConcurrentOperationsPerUser = 1500;

    public static WsManFaultException InternalError() =>
        new("s:Receiver", "w:InternalError", InternalErrorCode, "Injected failure: the service hit an internal error.");

    public static WsManFaultException TooManyOperations() => new(
        "s:Receiver", "w:QuotaLimit", TooManyOperationsCode,
        "The WS-Management service cannot process the request. This user is allowed a maximum number of "
        + $"{MaxConcurrentOperationsPerUser} concurrent operations, which has been exceeded. Close existing operations for this user, "
        + "or raise the quota for this user.");
}
