using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace CertAutoenroll.WinRm.Tests.Integration.Kerberos;

/// <summary>
/// A real MIT Kerberos realm for one test run: LAB.TEST on a free loopback port, its files (krb5.conf,
/// kdc.conf, database, stash, the HTTP/ service keytab) in a temp folder, and krb5kdc in the foreground as a
/// child process that <see cref="DisposeAsync"/> kills. Needs Debian's krb5-kdc and krb5-admin-server
/// (installed by .ci/run); without them it fails loudly rather than letting Kerberos tests skip.
/// </summary>
public sealed class KerberosRealm : IAsyncDisposable
{
    public const string Name = "LAB.TEST";

    private static readonly string[] SearchPath = ["/usr/sbin", "/usr/bin", "/sbin", "/bin"];

    private readonly Process _kdc;

    private KerberosRealm(string directory, int port, Process kdc, string servicePrincipal)
    {
        Directory = directory;
        Port = port;
        _kdc = kdc;
        ServicePrincipal = servicePrincipal;
    }

    public string Directory { get; }

    public int Port { get; }

    public string ServicePrincipal { get; }

    public string Krb5ConfigPath => Path.Combine(Directory, "krb5.conf");

    public string KeytabPath => Path.Combine(Directory, "http.keytab");

    public string CredentialCachePath => Path.Combine(Directory, "ccache");

    public int KdcProcessId => _kdc.Id;

    public bool KdcHasExited => _kdc.HasExited;

    /// <summary>Creates the realm with <c>user@LAB.TEST</c> (password <paramref name="password"/>) and <c>HTTP/host</c> in the keytab.</summary>
    public static async Task<KerberosRealm> StartAsync(string user, string password, string serviceHost, CancellationToken cancellationToken)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("lab-krb5-").FullName;
        try
        {
            var port = FreePort();
            WriteConfiguration(directory, port);
            var servicePrincipal = $"HTTP/{serviceHost}@{Name}";
            var master = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            await RunAsync(directory, "kdb5_util", ["create", "-s", "-r", Name, "-P", master], null, cancellationToken).ConfigureAwait(false);
            var keytab = Path.Combine(directory, "http.keytab");
            await RunAsync(
                directory,
                "kadmin.local",
                ["-r", Name],
                $"addprinc -pw {password} {user}@{Name}\naddprinc -randkey {servicePrincipal}\nktadd -k {keytab} {servicePrincipal}\nquit\n",
                cancellationToken).ConfigureAwait(false);
            var kdc = Start(directory, "krb5kdc", ["-n", "-r", Name]);
            var realm = new KerberosRealm(directory, port, kdc, servicePrincipal);
            try
            {
                await WaitForPortAsync(realm, cancellationToken).ConfigureAwait(false);
                return realm;
            }
            catch
            {
                await realm.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch
        {
            TryDelete(directory);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_kdc.HasExited)
            {
                _kdc.Kill(entireProcessTree: true);
            }

            await _kdc.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }

        _kdc.Dispose();
        TryDelete(Directory);
    }

    private static void WriteConfiguration(string directory, int port)
    {
        var p = port.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(directory, "krb5.conf"), $$"""
            [libdefaults]
             default_realm = {{Name}}
             dns_lookup_kdc = false
             dns_lookup_realm = false
             rdns = false
             dns_canonicalize_hostname = false
             udp_preference_limit = 1
            [realms]
             {{Name}} = {
              kdc = 127.0.0.1:{{p}}
             }
            """);
        File.WriteAllText(Path.Combine(directory, "kdc.conf"), $$"""
            [kdcdefaults]
             kdc_ports = {{p}}
             kdc_tcp_ports = {{p}}
            [realms]
             {{Name}} = {
              database_name = {{directory}}/principal
              key_stash_file = {{directory}}/stash
              acl_file = {{directory}}/kadm5.acl
             }
            [logging]
             kdc = FILE:{{directory}}/kdc.log
            """);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo StartInfo(string directory, string tool, IEnumerable<string> arguments)
    {
        var path = SearchPath.Select(folder => Path.Combine(folder, tool)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"'{tool}' is not installed: the Kerberos tests need a real MIT KDC. Install Debian's krb5-kdc, krb5-admin-server "
                + "and krb5-user (apt-get install krb5-kdc krb5-admin-server krb5-user; .ci/run does this).");
        var startInfo = new ProcessStartInfo(path)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["KRB5_CONFIG"] = Path.Combine(directory, "krb5.conf");
        startInfo.Environment["KRB5_KDC_PROFILE"] = Path.Combine(directory, "kdc.conf");
        return startInfo;
    }

    private static Process Start(string directory, string tool, IEnumerable<string> arguments)
    {
        var process = Process.Start(StartInfo(directory, tool, arguments))
            ?? throw new InvalidOperationException($"'{tool}' did not start.");
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task RunAsync(string directory, string tool, IEnumerable<string> arguments, string? stdin, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(directory, tool, arguments))
            ?? throw new InvalidOperationException($"'{tool}' did not start.");
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            // Only the tool's stderr: the commands (which hold the password) travel on stdin and are never echoed here.
            throw new InvalidOperationException($"'{tool}' failed with exit code {process.ExitCode}: {await error.ConfigureAwait(false)}");
        }

        _ = await output.ConfigureAwait(false);
    }

    private static async Task WaitForPortAsync(KerberosRealm realm, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (realm._kdc.HasExited)
            {
                throw new InvalidOperationException(
                    $"krb5kdc exited with code {realm._kdc.ExitCode}; see {Path.Combine(realm.Directory, "kdc.log")}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, realm.Port, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
