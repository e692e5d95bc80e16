using System.Text.RegularExpressions;
using CertAutoenroll.Provider.Tests.Infrastructure;
using CertAutoenroll.ProviderTestSupport;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Hosting;

public sealed class ProviderHostTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_WithEngineAddress_WritesOnlyThePortLine()
    {
        await using var session = await ProviderSession.StartAsync();

        await session.Client.GetPluginInfoAsync(new Empty());
        await session.Client.GetSchemaAsync(new GetSchemaRequest());
        await session.ConfigureAsync(ProviderSession.UnreachableConfig());

        Assert.Matches(new Regex(@"^[0-9]{1,5}\n$"), session.Provider.PortLine);
        Assert.Equal(string.Empty, session.Provider.CapturedOutput().Trim());
    }

    [Fact]
    public async Task Start_WithLoggingFlagsBeforeAddress_UsesLastArgumentAsEngine()
    {
        await using var engine = await FakeEngine.StartAsync();
        await using var provider = await ProviderProcess.StartAsync(engine.Address, null, "-v=9", "--logflow", "--tracing", "127.0.0.1:9");

        await provider.Client.ConfigureAsync(new ConfigureRequest { Args = InsecureConfig() });

        Assert.Contains(engine.Logs, log => log.Severity == LogSeverity.Warning && log.Message.Contains("insecureSkipTlsVerify", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attach_WithoutEngineArgument_SendsLogsToAttachedEngine()
    {
        await using var engine = await FakeEngine.StartAsync();
        await using var provider = await ProviderProcess.StartAsync(engineAddress: null);

        await provider.Client.AttachAsync(new PluginAttach { Address = engine.Address });
        await provider.Client.ConfigureAsync(new ConfigureRequest { Args = InsecureConfig() });

        Assert.Contains(engine.Logs, log => log.Severity == LogSeverity.Warning);
    }

    [Fact]
    public async Task Handshake_WithEngineAddress_AcceptsSecretsAndResources()
    {
        await using var engine = await FakeEngine.StartAsync();
        await using var provider = await ProviderProcess.StartAsync(engineAddress: null);

        var response = await provider.Client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = engine.Address, ConfigureWithUrn = true });
        await provider.Client.ConfigureAsync(new ConfigureRequest { Args = InsecureConfig() });

        Assert.True(response.AcceptSecrets);
        Assert.True(response.AcceptResources);
        Assert.Contains(engine.Logs, log => log.Severity == LogSeverity.Warning);
    }

    [Fact]
    public async Task EngineGone_ProviderRunning_ProviderExits()
    {
        var engine = await FakeEngine.StartAsync();
        await using var provider = await ProviderProcess.StartAsync(engine.Address);

        await engine.DisposeAsync();

        Assert.True(await provider.WaitForExitAsync(ExitTimeout), "the provider kept running after its engine went away");
    }

    [Fact]
    public async Task Terminate_RunningProvider_ExitsCleanly()
    {
        await using var session = await ProviderSession.StartAsync();
        await session.ConfigureAsync(ProviderSession.UnreachableConfig());

        session.Provider.Terminate();

        Assert.True(await session.Provider.WaitForExitAsync(ExitTimeout), "the provider ignored the termination request");
        Assert.Equal(OperatingSystem.IsWindows() ? session.Provider.ExitCode : 0, session.Provider.ExitCode); // Windows has no SIGTERM, only a kill
    }

    [Fact]
    public async Task Cancel_ThenCreate_ReturnsCancelled()
    {
        await using var session = await ProviderSession.StartAsync();
        await session.ConfigureAsync(ProviderSession.UnreachableConfig());
        var inputs = await session.CheckedAsync("cancelled", Structs.Of(("gpoName", "Default Domain Policy")));

        await session.Client.CancelAsync(new Empty());
        var error = await Assert.ThrowsAsync<RpcException>(async () => await session.Client.CreateAsync(new CreateRequest
        {
            Urn = ProviderSession.Urn("cancelled"),
            Type = ProviderSession.PolicyType,
            Properties = inputs,
        }));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    [Fact]
    public async Task GetMapping_AnyKey_ReturnsEmptyResponse()
    {
        await using var session = await ProviderSession.StartAsync();

        var response = await session.Client.GetMappingAsync(new GetMappingRequest { Key = "terraform" });

        Assert.Equal(string.Empty, response.Provider);
        Assert.True(response.Data.IsEmpty);
    }

    private static Struct InsecureConfig() => Structs.Of(("host", "dc.lab.test"), ("insecureSkipTlsVerify", "true"), ("username", @"LAB\a"), ("password", "x"));
}
