using CertAutoenroll.WinRm.Connection;
using LabDomainController.Launcher;

namespace Benchmarks.Workload;

/// <summary>The lab DC as the provider is configured to reach it: NTLM over sealed http.</summary>
internal static class LabConnection
{
    public static WinRmConnectionOptions Options(LabDomainControllerProcess lab) => new()
    {
        Host = "127.0.0.1",
        Port = lab.HttpEndpoint.Port,
        Scheme = WinRmScheme.Http,
        Authentication = WinRmAuthentication.Ntlm,
        UserName = lab.UserName,
        Password = lab.Password,
    };
}
