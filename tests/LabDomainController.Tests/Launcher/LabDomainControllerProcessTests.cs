using System.Net;
using System.Xml.Linq;
using LabDomainController.Launcher;
using LabDomainController.Tests.WsMan;

namespace LabDomainController.Tests.Launcher;

public sealed class LabDomainControllerProcessTests
{
    private static readonly XNamespace W = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
    private static readonly XNamespace Rsp = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
    private static readonly XNamespace F = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";
    private static readonly XNamespace A = "http://schemas.xmlsoap.org/ws/2004/08/addressing";

    [Fact]
    public async Task StartAsync_DefaultOptions_ExposesLoopbackEndpointsCertificateAndZeroCounters()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);

        var counters = await lab.GetCountersAsync(CancellationToken.None);

        Assert.Equal("127.0.0.1", lab.HttpEndpoint.Host);
        Assert.Equal("https", lab.HttpsEndpoint.Scheme);
        Assert.Equal("/wsman", lab.HttpsEndpoint.AbsolutePath);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", lab.CertificatePem, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(lab.DataDirectory, "certificate.pem")));
        Assert.Equal(new LabCounters(0, 0, 0, 0, 0, 0), counters with { FaultsInjected = null });
        Assert.All(counters.FaultsInjected!.Values, count => Assert.Equal(0, count));
        Assert.Contains("dropAfterReceive", counters.FaultsInjected!.Keys);
    }

    [Fact]
    public async Task PostFaults_ShellGoneOnce_AllShellsVanishAndTheNextRequestGetsShellNotFound()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        using var client = LabHttpClient.Basic(lab.HttpsEndpoint, lab.CertificatePem, lab.LocalUserName!, lab.LocalPassword);
        var (_, created) = await client.SendAsync(TestEnvelopes.Create());
        var shellId = created!.Descendants(W + "Selector").Single().Value;

        var state = await lab.SetFaultsAsync(1, ["shellGone"], null, null, CancellationToken.None, limit: 1);
        var (status, reply) = await client.SendAsync(TestEnvelopes.Delete(shellId));
        var faults = await lab.GetFaultsAsync(CancellationToken.None);
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        Assert.Equal(["shellGone"], state.Kinds);
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("2150858843", (string?)reply!.Descendants(F + "WSManFault").Single().Attribute("Code"));
        Assert.Equal(1, faults.Injected["shellGone"]);
        Assert.Equal(1, counters.Injected("shellGone"));
        Assert.Equal(0, counters.ShellsOpen);
    }

    [Fact]
    public async Task PostFaults_QuotaOperations_FaultAsWindowsWordsItAndCounted()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        using var client = LabHttpClient.Basic(lab.HttpsEndpoint, lab.CertificatePem, lab.LocalUserName!, lab.LocalPassword);

        await lab.SetFaultsAsync(1, ["quotaOperations"], null, null, CancellationToken.None, limit: 1);
        var (status, reply) = await client.SendAsync(TestEnvelopes.Create());
        var (next, _) = await client.SendAsync(TestEnvelopes.Create());
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        var fault = reply!.Descendants(F + "WSManFault").Single();
        Assert.Equal("2150859174", (string?)fault.Attribute("Code"));
        Assert.Contains("maximum number of 1500 concurrent operations", fault.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next);
        Assert.Equal(1, counters.Injected("quotaOperations"));
        Assert.Equal(0, counters.FailedLogons);
    }

    [Fact]
    public async Task PostFaults_UnknownKind_400NamingTheKinds()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => lab.SetFaultsAsync(3, ["gremlins"], null, null, CancellationToken.None));

        Assert.Contains("400", error.Message, StringComparison.Ordinal);
        Assert.Contains("gremlins", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await lab.GetFaultsAsync(CancellationToken.None)).Every);
    }

    [Fact]
    public async Task DisposeAsync_TemporaryDataDirectory_IsDeleted()
    {
        var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        var data = lab.DataDirectory;

        await lab.DisposeAsync();

        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task BasicOverHttps_WrongPassword_401AndAuthFailuresUpByExactlyOne()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        using var client = LabHttpClient.Basic(lab.HttpsEndpoint, lab.CertificatePem, lab.LocalUserName!, "wrong-password");

        var (status, _) = await client.SendAsync(TestEnvelopes.Create());
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(1, counters.AuthFailures);
        Assert.Equal(1, counters.FailedLogons);
    }

    [Fact]
    public async Task BasicOverHttps_CreateRunPowerShellDelete_ReturnsOutputExitCodeAndClosesShell()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        using var client = LabHttpClient.Basic(lab.HttpsEndpoint, lab.CertificatePem, lab.LocalUserName!, lab.LocalPassword);
        var script = Convert.ToBase64String(System.Text.Encoding.Unicode.GetBytes("Write-Output 'from-pwsh'; exit 3"));

        var (_, created) = await client.SendAsync(TestEnvelopes.Create());
        var shellId = created!.Descendants(W + "Selector").Single().Value;
        var (_, command) = await client.SendAsync(TestEnvelopes.Command(shellId, "powershell", "-NoProfile", "-NonInteractive", "-EncodedCommand", script));
        var commandId = command!.Descendants(Rsp + "CommandId").Single().Value;
        var (stdout, exitCode) = await ReceiveAllAsync(client, shellId, commandId);
        await client.SendAsync(TestEnvelopes.Signal(shellId, commandId, "terminate"));
        await client.SendAsync(TestEnvelopes.Delete(shellId));
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        Assert.Equal("from-pwsh\r\n", stdout);
        Assert.Equal(3, exitCode);
        Assert.Equal(1, counters.PowerShellStarts);
        Assert.Equal(0, counters.ShellsOpen);
    }

    [Theory]
    [InlineData("NTLM")]
    [InlineData("Negotiate")]
    public async Task SealedHttp_DotNetClient_CreateAnsweredSealedAndPlainBodyRefused(string package)
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        using var client = LabHttpClient.Connection(lab.HttpEndpoint);

        var authStatus = await client.AuthenticateAsync(package, lab.UserName, lab.Password);
        var (status, created) = await client.SendAsync(TestEnvelopes.Create("uuid:sealed-create"));
        var (plainStatus, refused) = await client.SendAsync(TestEnvelopes.Create(), seal: false);

        Assert.Equal(HttpStatusCode.OK, authStatus);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("uuid:sealed-create", created!.Descendants(A + "RelatesTo").Single().Value);
        Assert.Single(created.Descendants(W + "Selector"));
        Assert.Equal(HttpStatusCode.InternalServerError, plainStatus);
        Assert.Contains("AllowUnencrypted", refused!.Descendants(F + "Message").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SealedHttp_WrongPassword_401AndAuthFailuresUpByExactlyOne()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        using var client = LabHttpClient.Connection(lab.HttpEndpoint);

        var status = await client.AuthenticateAsync("NTLM", lab.UserName, "wrong-password");
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(1, counters.AuthFailures);
    }

    [Fact]
    public async Task MaxShells_OneMoreThanAllowed_AnswersQuotaFault()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions { MaxShells = 1 }, CancellationToken.None);
        using var client = LabHttpClient.Basic(lab.HttpsEndpoint, lab.CertificatePem, lab.LocalUserName!, lab.LocalPassword);

        await client.SendAsync(TestEnvelopes.Create());
        var (status, fault) = await client.SendAsync(TestEnvelopes.Create());

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("2150859173", (string?)fault!.Descendants(F + "WSManFault").Single().Attribute("Code"));
    }

    [Fact]
    public async Task BasicOverHttps_DomainAccountWithRightPassword_401AsWinRmDoes()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        using var client = LabHttpClient.Basic(lab.HttpsEndpoint, lab.CertificatePem, lab.UserName, lab.Password);

        var (status, _) = await client.SendAsync(TestEnvelopes.Create());
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        Assert.Equal(@"LAB\Administrator", lab.UserName);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(1, counters.AuthFailures);
        Assert.Equal(0, counters.ShellsCreated);
    }

    [Fact]
    public async Task SealedHttp_UnprivilegedUser_AnswersSealedAccessDeniedFault()
    {
        var options = new LabDomainControllerOptions { UnprivilegedUserName = @"LAB\Guest" };
        await using var lab = await LabDomainControllerProcess.StartAsync(options, CancellationToken.None);
        using var client = LabHttpClient.Connection(lab.HttpEndpoint);

        await client.AuthenticateAsync("NTLM", @"LAB\Guest", lab.Password);
        var (status, fault) = await client.SendAsync(TestEnvelopes.Create());

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("w:AccessDenied", fault!.Descendants(XName.Get("Subcode", "http://www.w3.org/2003/05/soap-envelope")).Single().Value);
    }

    [Fact]
    public async Task SealedHttp_StandardAccount_RunsPowerShellAsItselfAndMayNotEditAGpo()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        using var client = LabHttpClient.Connection(lab.HttpEndpoint);
        var script = Convert.ToBase64String(System.Text.Encoding.Unicode.GetBytes(
            "Write-Output $env:USERNAME; try { Set-GPRegistryValue -Name 'Default Domain Policy' -Server $env:COMPUTERNAME -Key 'HKCU\\Software\\Policies\\Lab' "
            + "-ValueName 'A' -Type DWord -Value 1 -ErrorAction Stop | Out-Null; 'written' } catch { $_.FullyQualifiedErrorId }"));

        await client.AuthenticateAsync("NTLM", lab.StandardUserName!, lab.StandardPassword);
        var (_, created) = await client.SendAsync(TestEnvelopes.Create());
        var shellId = created!.Descendants(W + "Selector").Single().Value;
        var (_, command) = await client.SendAsync(TestEnvelopes.Command(shellId, "powershell", "-NoProfile", "-NonInteractive", "-EncodedCommand", script));
        var commandId = command!.Descendants(Rsp + "CommandId").Single().Value;
        var (stdout, _) = await ReceiveAllAsync(client, shellId, commandId);
        await client.SendAsync(TestEnvelopes.Delete(shellId));

        Assert.Equal(@"LAB\reader", lab.StandardUserName);
        Assert.Equal("reader\r\nSystem.UnauthorizedAccessException,Microsoft.GroupPolicy.Commands.SetGPRegistryValueCommand\r\n", stdout);
        Assert.Equal(@"LAB\reader", created.Descendants(Rsp + "Owner").Single().Value);
    }

    [Fact]
    public async Task FailEvery_Two_SecondRequestIs500AndFourthDropsTheConnection()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions { FailEvery = 2 }, CancellationToken.None);
        using var client = LabHttpClient.Basic(lab.HttpsEndpoint, lab.CertificatePem, lab.LocalUserName!, lab.LocalPassword);

        var (first, _) = await client.SendAsync(TestEnvelopes.Create());
        var (second, _) = await client.SendAsync(TestEnvelopes.Create());
        await client.SendAsync(TestEnvelopes.Create());
        var fourth = await Record.ExceptionAsync(() => client.SendAsync(TestEnvelopes.Create()));

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.InternalServerError, second);
        Assert.IsType<HttpRequestException>(fourth);
    }

    private static async Task<(string Stdout, int ExitCode)> ReceiveAllAsync(LabHttpClient client, string shellId, string commandId)
    {
        var stdout = new System.Text.StringBuilder();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var (_, reply) = await client.SendAsync(TestEnvelopes.Receive(shellId, commandId));
            foreach (var stream in reply!.Descendants(Rsp + "Stream").Where(s => (string?)s.Attribute("Name") == "stdout"))
            {
                stdout.Append(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(stream.Value)));
            }

            if (reply.Descendants(Rsp + "ExitCode").SingleOrDefault() is { } exitCode)
            {
                return (stdout.ToString(), int.Parse(exitCode.Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException("The command did not finish within 30 Receive rounds.");
    }
}
