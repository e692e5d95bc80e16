using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.WinRm;
using Grpc.Core;

namespace CertAutoenroll.Provider.Errors;

/// <summary>
/// The one place where failures become gRPC statuses. Known failures never map to INTERNAL or
/// UNKNOWN (which the engine treats as "state may be corrupt"), except a Group Policy reply the
/// provider could not understand, where nobody knows whether the GPO changed.
/// </summary>
internal static class RpcErrorMapper
{
    public static RpcException Map(Exception exception, OperationContext context, SecretRedactor redactor)
    {
        if (exception is RpcException rpc)
        {
            return rpc;
        }

        var (code, reason) = Classify(exception);
        var message = redactor.Redact($"{context} failed: {reason}{exception.Message}");
        return new RpcException(new Status(code, message));
    }

    private static (StatusCode Code, string Reason) Classify(Exception exception) => exception switch
    {
        OperationCanceledException => (StatusCode.Cancelled, "the operation was cancelled. "),
        GroupPolicyException gp => gp.Code switch
        {
            GroupPolicyErrorCode.GpoNotFound => (StatusCode.NotFound, "the GPO does not exist. "),
            GroupPolicyErrorCode.AmbiguousGpoName => (StatusCode.FailedPrecondition, "several GPOs have this name; use gpoId instead. "),
            GroupPolicyErrorCode.AccessDenied => (StatusCode.PermissionDenied, "access denied; the account needs permission to edit the GPO. "),
            GroupPolicyErrorCode.ModuleMissing => (StatusCode.FailedPrecondition, "the GroupPolicy PowerShell module is missing on the host (install GPMC / RSAT). "),
            GroupPolicyErrorCode.InvalidRequest => (StatusCode.InvalidArgument, string.Empty),
            _ => (StatusCode.Unknown, string.Empty),
        },
        WinRmAuthenticationException => (StatusCode.Unauthenticated, "WinRM authentication failed; check username, password and auth. "),
        WsManFaultException fault when fault.Message.Contains("denied", StringComparison.OrdinalIgnoreCase) =>
            (StatusCode.PermissionDenied, "the WinRM service refused access. "),
        WsManFaultException => (StatusCode.FailedPrecondition, "the WinRM service returned a fault. "),
        WinRmTransportException { StatusCode: { } status } => (StatusCode.Unavailable, $"the WinRM listener answered HTTP {status}. "),
        WinRmTransportException => (StatusCode.Unavailable, "the WinRM listener could not be reached. "),
        WinRmSessionLostException => (StatusCode.Unavailable, "the remote PowerShell session was lost; the change may or may not have been made, running the update again converges. "),
        WinRmConfigurationException => (StatusCode.InvalidArgument, "the provider configuration cannot work: "),
        WinRmProtocolException => (StatusCode.Unavailable, "the WinRM conversation broke off. "),
        WinRmException => (StatusCode.Unavailable, "WinRM failed. "),
        HttpRequestException or System.Net.Sockets.SocketException or TimeoutException => (StatusCode.Unavailable, "the domain controller could not be reached. "),
        _ => (StatusCode.Unknown, "unexpected error. "),
    };
}
