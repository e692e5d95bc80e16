using System.Diagnostics;

namespace CertAutoenroll.WinRm.Tests.Integration.Kerberos;

public sealed class KerberosRealmTests
{
    [Fact]
    public async Task DisposeAsync_RunningRealm_LeavesNoKdcProcess()
    {
        var realm = await KerberosRealm.StartAsync("Administrator", "Realm-Test-Pw1", "dc01.lab.test", CancellationToken.None);
        var pid = realm.KdcProcessId;
        Assert.False(realm.KdcHasExited);

        await realm.DisposeAsync();

        Assert.False(IsRunning(pid));
        Assert.False(Directory.Exists(realm.Directory));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && process.ProcessName.Contains("krb5kdc", StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
