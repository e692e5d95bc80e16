using System.Runtime.InteropServices;
using CertAutoenroll.WinRm.Connection;
using LabDomainController.Launcher;

namespace CertAutoenroll.WinRm.Tests.Integration.Kerberos;

/// <summary>
/// A real KDC (<see cref="KerberosRealm"/>) and a lab DC that accepts Kerberos with its keytab. The client in
/// this test process reaches the realm through KRB5_CONFIG, set in the native environment that GSSAPI reads
/// (.NET's Environment.SetEnvironmentVariable does not reach native code on Linux).
/// </summary>
public sealed class KerberosLabFixture : IAsyncLifetime
{
    /// <summary>The lab's name: the SPN host and a name its certificate carries; never resolved, the client connects to 127.0.0.1.</summary>
    public const string ServiceHost = "dc01.lab.test";

    private KerberosRealm? _realm;
    private LabDomainControllerProcess? _lab;

    public KerberosRealm Realm => _realm ?? throw new InvalidOperationException("The realm is not started.");

    public LabDomainControllerProcess Lab => _lab ?? throw new InvalidOperationException("The lab is not started.");

    public string Principal => "Administrator@" + KerberosRealm.Name;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var options = new LabDomainControllerOptions();
        _realm = await KerberosRealm.StartAsync("Administrator", options.Password, ServiceHost, timeout.Token);
        SetNativeEnvironment("KRB5_CONFIG", _realm.Krb5ConfigPath);
        SetNativeEnvironment("KRB5CCNAME", "FILE:" + _realm.CredentialCachePath);
        _lab = await LabDomainControllerProcess.StartAsync(
            options with { Kerberos = new LabKerberosFiles(_realm.Krb5ConfigPath, _realm.KeytabPath) }, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_lab is not null)
        {
            await _lab.DisposeAsync();
        }

        if (_realm is not null)
        {
            await _realm.DisposeAsync();
        }
    }

    public WinRmConnectionOptions Options(
        WinRmAuthentication auth, WinRmScheme scheme, string? user = null, string serverName = ServiceHost) => new()
    {
        Host = "127.0.0.1",
        Port = scheme == WinRmScheme.Https ? Lab.HttpsEndpoint.Port : Lab.HttpEndpoint.Port,
        Scheme = scheme,
        Authentication = auth,
        UserName = user ?? Principal,
        Password = Lab.Password,
        CaCertificate = Lab.CertificatePem,
        TlsServerName = serverName,
        InsecureSkipTlsVerify = serverName != ServiceHost,
        OperationTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 0,
    };

    private static void SetNativeEnvironment(string name, string value)
    {
        if (SetEnv(name, value, 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed.");
        }
    }

    [DllImport("libc", EntryPoint = "setenv")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);
}
