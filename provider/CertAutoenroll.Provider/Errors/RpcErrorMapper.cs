using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Rpc;
using CertAutoenroll.WinRm;
using CertAutoenroll.WinRm.WsMan;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Errors;

/// <summary>
/// The one place where failures become gRPC statuses. Known failures never map to INTERNAL or
/// UNKNOWN (which the engine treats as "state may be corrupt"), except a Group Policy reply the
/// provider could not understand, where nobody knows whether the GPO changed.
/// </summary>
internal static class RpcErrorMapper
{
    private const string StatusDetailsTrailer = "grpc-status-details-bin";

    /// <summary>The WS-Management fault subcode for a refused request ([MS-WSMV] 2.2.2, <c>w:AccessDenied</c>).</summary>
    private const string AccessDeniedSubcode = "AccessDenied";

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

    public static RpcException NotConfigured() =>
        new(new Status(StatusCode.FailedPrecondition, "the certautoenroll provider has not been configured yet (Configure was not called)"));

    public static RpcException UnknownResourceType(string token, IEnumerable<string> known) =>
        new(new Status(StatusCode.InvalidArgument,
            $"unknown resource type '{token}'; the certautoenroll provider manages {string.Join(", ", known)}"));

    public static RpcException BadId(string typeName, string id, string expected) =>
        new(new Status(StatusCode.InvalidArgument, $"'{id}' is not a {typeName} id: {expected}."));

    /// <summary>A request the resource refuses before contacting the DC (e.g. deleting a GPO Windows needs).</summary>
    public static RpcException Refused(string message) => new(new Status(StatusCode.FailedPrecondition, message));

    public static RpcException InvalidConfig(string message) => new(new Status(StatusCode.InvalidArgument, message));

    /// <summary>Invalid configuration that lacks required keys: the engine reads the detail to prompt for them.</summary>
    public static RpcException MissingConfig(string message, ConfigureErrorMissingKeys detail)
    {
        var status = new RpcStatus { Code = (int)StatusCode.InvalidArgument, Message = message, Details = { Any.Pack(detail) } };
        var trailers = new Metadata { { StatusDetailsTrailer, status.ToByteArray() } };
        return new RpcException(new Status(StatusCode.InvalidArgument, message), trailers);
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
            GroupPolicyErrorCode.GpoAlreadyExists => (StatusCode.AlreadyExists,
                "a GPO with this name exists already; to manage it, import it: pulumi import certautoenroll:index:GroupPolicy <resource name> '<the GPO's name or {GUID}>'. "),
            GroupPolicyErrorCode.ProtectedGpo => (StatusCode.FailedPrecondition, string.Empty),
            GroupPolicyErrorCode.TargetNotFound => (StatusCode.NotFound, "the link target (domain root, OU or site) does not exist. "),
            GroupPolicyErrorCode.TemplateNotFound => (StatusCode.NotFound, "no certificate template has this cn (use the template's short name, e.g. 'User', not its display name). "),
            GroupPolicyErrorCode.PrincipalNotFound => (StatusCode.NotFound, "no user, group or computer matches the principal. "),
            _ => (StatusCode.Unknown, string.Empty),
        },
        WinRmRetriesExhaustedException => (StatusCode.Unavailable,
            "every attempt met a transient fault, so the GPO holds either its old values or the declared ones; running the command again converges. "),
        WinRmAuthenticationException => (StatusCode.Unauthenticated, "WinRM authentication failed; check username, password and auth. "),
        WsManFaultException fault when IsAccessDenied(fault) => (StatusCode.PermissionDenied, "the WinRM service refused access. "),
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

    /// <summary>By the fault's codes (ERROR_ACCESS_DENIED, or the w:AccessDenied subcode), never by its localised text.</summary>
    private static bool IsAccessDenied(WsManFaultException fault) =>
        fault.WsManCode == WsManFaultCodes.AccessDenied
        || (fault.Subcode is { } subcode && subcode[(subcode.IndexOf(':') + 1)..] == AccessDeniedSubcode);
}
