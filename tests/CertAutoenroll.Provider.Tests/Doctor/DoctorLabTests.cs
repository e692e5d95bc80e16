using System.Diagnostics;
using System.Globalization;
using CertAutoenroll.Provider.Tests.Infrastructure;
using CertAutoenroll.Provider.Tests.Lab;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace CertAutoenroll.Provider.Tests.Doctor;

/// <summary><c>pulumi-resource-certautoenroll doctor</c> run as a user runs it, against the lab DC.</summary>
public sealed class DoctorLabTests(LabProviderFixture lab) : IClassFixture<LabProviderFixture>, IDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromMinutes(2);
    private readonly string _caFile = WriteTemp(lab.Lab.CertificatePem);

    [Fact]
    public async Task Doctor_TrustedHttpsAndKnownGpo_EveryCheckPasses()
    {
        var (exitCode, stdout) = await DoctorAsync(lab.Lab.Password, HttpsArgs(lab.Lab.HttpsEndpoint.Port, "--ca-certificate", _caFile, "--gpo", "Default Domain Policy"));

        Assert.Equal(0, exitCode);
        foreach (var check in new[] { "settings", "network", "tls", "logon", "powershell", "module", "server", "gpo", "edit" })
        {
            Assert.Contains($"ok   {check}", stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("FAIL", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_WrongPassword_FailsLogonWithOneFailedLogon()
    {
        var before = await lab.Lab.GetCountersAsync(CancellationToken.None);

        var (exitCode, stdout) = await DoctorAsync("not-the-password", HttpArgs(lab.Lab.HttpEndpoint.Port));

        var after = await lab.Lab.GetCountersAsync(CancellationToken.None);
        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL logon", stdout, StringComparison.Ordinal);
        Assert.Contains("Fix: check --username", stdout, StringComparison.Ordinal);
        Assert.Contains("skip powershell", stdout, StringComparison.Ordinal);
        Assert.Equal(1, after.AuthFailures - before.AuthFailures);
        Assert.DoesNotContain("not-the-password", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_WrongPort_FailsNetworkCheckNamingThePort()
    {
        var port = ClosedPort();

        var (exitCode, stdout) = await DoctorAsync(lab.Lab.Password, HttpArgs(port));

        Assert.Equal(1, exitCode);
        Assert.Contains($"FAIL network     127.0.0.1:{port} refused the connection", stdout, StringComparison.Ordinal);
        Assert.Contains("Fix: check the port", stdout, StringComparison.Ordinal);
        Assert.Contains("skip logon", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_UntrustedCertificate_FailsTlsWithTheCaFix()
    {
        var (exitCode, stdout) = await DoctorAsync(lab.Lab.Password, HttpsArgs(lab.Lab.HttpsEndpoint.Port));

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL tls", stdout, StringComparison.Ordinal);
        Assert.Contains("is not trusted", stdout, StringComparison.Ordinal);
        Assert.Contains("--ca-certificate FILE", stdout, StringComparison.Ordinal);
        Assert.Contains("skip logon", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_UnknownGpo_FailsGpoCheckAfterTheRestPassed()
    {
        var (exitCode, stdout) = await DoctorAsync(lab.Lab.Password, HttpArgs(lab.Lab.HttpEndpoint.Port, "--gpo", "No Such GPO " + Guid.NewGuid()));

        Assert.Equal(1, exitCode);
        Assert.Contains("ok   server", stdout, StringComparison.Ordinal);
        Assert.Contains("FAIL gpo", stdout, StringComparison.Ordinal);
        Assert.Contains("Fix: check the name", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_AdministratorOnDefaultDomainPolicy_EditPassesThroughDomainAdmins()
    {
        var (exitCode, stdout) = await DoctorAsync(lab.Lab.Password, HttpArgs(lab.Lab.HttpEndpoint.Port, "--gpo", "Default Domain Policy"));

        Assert.Equal(0, exitCode);
        Assert.Contains(@"ok   edit        LAB\Administrator may edit 'Default Domain Policy'", stdout, StringComparison.Ordinal);
        Assert.Contains(@"LAB\Domain Admins: GpoEditDeleteModifySecurity", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_StandardAccountOnGpoItMayOnlyRead_FailsTheEditCheckWithTheFix()
    {
        var gpo = "Doctor read-only " + Guid.NewGuid().ToString("N")[..8];
        await lab.RunPowerShellAsync($"New-GPO -Name '{gpo}' | Out-Null");

        var (exitCode, stdout, stderr) = await DoctorWithStderrAsync(lab.Lab.StandardPassword, StandardArgs(gpo));

        Assert.Equal(1, exitCode);
        foreach (var check in new[] { "settings", "network", "logon", "powershell", "module", "server", "gpo" })
        {
            Assert.Contains($"ok   {check}", stdout, StringComparison.Ordinal);
        }

        var edit = Assert.Single(stdout.Split('\n'), line => line.StartsWith("FAIL edit", StringComparison.Ordinal));
        Assert.Contains(@"LAB\reader may read '" + gpo + "'", edit, StringComparison.Ordinal);
        Assert.Contains(@"NT AUTHORITY\Authenticated Users: GpoApply", edit, StringComparison.Ordinal);
        Assert.Contains("Fix: grant the account Edit settings on the GPO (GPMC: the GPO's Delegation tab", edit, StringComparison.Ordinal);
        Assert.Contains(@"-TargetName 'LAB\reader' -TargetType User -PermissionLevel GpoEdit", edit, StringComparison.Ordinal);
        Assert.DoesNotContain(lab.Lab.StandardPassword, stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(NtHash.Hex(lab.Lab.StandardPassword), stdout + stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Doctor_StandardAccountGrantedGpoEdit_EveryCheckPasses()
    {
        var gpo = "Doctor delegated " + Guid.NewGuid().ToString("N")[..8];
        await lab.RunPowerShellAsync(
            $"New-GPO -Name '{gpo}' | Out-Null; Set-GPPermission -Name '{gpo}' -TargetName 'reader' -TargetType User -PermissionLevel GpoEdit | Out-Null");

        var (exitCode, stdout, stderr) = await DoctorWithStderrAsync(lab.Lab.StandardPassword, StandardArgs(gpo));

        Assert.Equal(0, exitCode);
        Assert.Contains($"ok   edit        LAB\\reader may edit '{gpo}'", stdout, StringComparison.Ordinal);
        Assert.Contains(@"(through LAB\reader: GpoEdit)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(lab.Lab.StandardPassword, stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_StandardAccountWithOnlyCustomRights_WarnsAndExitsZero()
    {
        var gpo = "Doctor custom " + Guid.NewGuid().ToString("N")[..8];
        var id = lab.CreateGpo(gpo);
        LabSysvol.AddGpoAces(lab.Lab.DataDirectory, id, $"(A;CI;RPWPLCLORC;;;{LabSysvol.SidOf(lab.Lab.DataDirectory, "reader")})");

        var (exitCode, stdout, _) = await DoctorWithStderrAsync(lab.Lab.StandardPassword, StandardArgs(gpo));

        Assert.Equal(0, exitCode);
        Assert.Contains(@"warn edit        LAB\reader has only custom permissions on '" + gpo + @"' {", stdout, StringComparison.Ordinal);
        Assert.Contains(@"(LAB\reader: GpoCustom)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_AdministratorDeniedWriteThroughAGroup_FailsEditNamingTheDenyEntry()
    {
        var gpo = "Doctor denied " + Guid.NewGuid().ToString("N")[..8];
        var id = lab.CreateGpo(gpo);
        LabSysvol.AddGpoAces(lab.Lab.DataDirectory, id, $"(D;CI;WP;;;{LabSysvol.SidOf(lab.Lab.DataDirectory, "Schema Admins")})");

        var (exitCode, stdout) = await DoctorAsync(lab.Lab.Password, HttpArgs(lab.Lab.HttpEndpoint.Port, "--gpo", gpo));

        Assert.Equal(1, exitCode);
        Assert.Contains(@"FAIL edit        LAB\Administrator may not edit '" + gpo + @"'", stdout, StringComparison.Ordinal);
        Assert.Contains(@"a deny entry applies (LAB\Schema Admins: GpoCustom)", stdout, StringComparison.Ordinal);
        Assert.Contains("Fix: remove that deny entry in GPMC", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_caFile);

    private string[] StandardArgs(string gpo) =>
        ["--host", "127.0.0.1", "--port", lab.Lab.HttpEndpoint.Port.ToString(CultureInfo.InvariantCulture), "--scheme", "http", "--auth", "ntlm",
            "--username", lab.Lab.StandardUserName!, "--gpo", gpo];

    private string[] HttpArgs(int port, params string[] more) =>
        ["--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--scheme", "http", "--auth", "ntlm", "--username", lab.Lab.UserName, .. more];

    private string[] HttpsArgs(int port, params string[] more) =>
        ["--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--auth", "ntlm", "--username", lab.Lab.UserName, .. more];

    private static async Task<(int ExitCode, string Stdout)> DoctorAsync(string password, string[] args)
    {
        var (exitCode, stdout, _) = await DoctorWithStderrAsync(password, args);
        return (exitCode, stdout);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> DoctorWithStderrAsync(string password, string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(ProviderProcess.DllPath);
        startInfo.ArgumentList.Add("doctor");
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        foreach (var name in startInfo.Environment.Keys.Where(k => k.StartsWith("CERTAUTOENROLL_", StringComparison.Ordinal)).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["CERTAUTOENROLL_PASSWORD"] = password;
        using var process = Process.Start(startInfo)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ExitTimeout);
        await process.WaitForExitAsync(timeout.Token);
        var text = await stdout;
        var errors = await stderr;
        Assert.True(text.Length > 0, "doctor printed nothing; stderr: " + errors);
        return (process.ExitCode, text, errors);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"doctor-ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, text);
        return path;
    }
}
