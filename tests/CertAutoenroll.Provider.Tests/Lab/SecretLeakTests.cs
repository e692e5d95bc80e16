using System.Text;
using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>The password must not appear in stdout, stderr, engine logs, error messages or returned values.</summary>
public sealed class SecretLeakTests(LabProviderFixture lab) : IClassFixture<LabProviderFixture>
{
    [Fact]
    public async Task Lifecycle_GoodAndBadPassword_PasswordAndNtHashNeverLeak()
    {
        lab.CreateGpo("Secret Policy");
        var wrongPassword = "Wrong-" + Guid.NewGuid().ToString("N") + "!";
        var seen = new StringBuilder();

        await using (var session = await StartVerboseAsync())
        {
            var checkedConfig = await session.Client.CheckConfigAsync(new CheckRequest { Urn = ProviderSession.ProviderUrn, News = lab.Config(), Olds = new() });
            Assert.True(Structs.IsSecret(checkedConfig.Inputs.Fields["password"]));
            await session.ConfigureAsync(lab.Config());
            var created = await PolicyRequests.UpAsync(session, "secret", Structs.Of(("gpoName", "Secret Policy")));
            var read = await PolicyRequests.ImportAsync(session, "secret", created.Id);
            await PolicyRequests.DeleteAsync(session, "secret", created.Id, created.Properties);
            seen.Append(JsonFormatter.Default.Format(created)).Append(JsonFormatter.Default.Format(read));
            seen.Append(session.Provider.CapturedOutput()).AppendJoin('\n', session.Engine.Logs.Select(l => l.Message));
        }

        await using (var session = await StartVerboseAsync())
        {
            await session.ConfigureAsync(lab.Config(wrongPassword));
            var error = await Assert.ThrowsAsync<RpcException>(() => PolicyRequests.UpAsync(session, "secret", Structs.Of(("gpoName", "Secret Policy"))));
            Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
            seen.Append(error.Status.Detail).Append(error.Message);
            seen.Append(session.Provider.CapturedOutput()).AppendJoin('\n', session.Engine.Logs.Select(l => l.Message));
        }

        var text = seen.ToString();
        Assert.DoesNotContain(lab.Lab.Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, text, StringComparison.Ordinal);
        Assert.DoesNotContain(NtHash.Hex(lab.Lab.Password), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(NtHash.Hex(wrongPassword), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(lab.Lab.Password)), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_GpoNamedLikeThePassword_DcErrorAndEngineLogLineAreRedacted()
    {
        await using var session = await StartVerboseAsync();
        await session.ConfigureAsync(lab.Config());
        var echoed = lab.Lab.Password; // a program that passes the secret where a name goes: the DC's error echoes it

        var error = await Assert.ThrowsAsync<RpcException>(() => PolicyRequests.UpAsync(session, "echo", Structs.Of(("gpoName", echoed))));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.DoesNotContain(echoed, error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("[secret]", error.Status.Detail, StringComparison.Ordinal);
        var lines = session.Engine.Logs.Where(l => l.Urn == ProviderSession.Urn("echo")).Select(l => l.Message).ToList();
        Assert.Contains(lines, l => l.Contains("[secret]", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(echoed, StringComparison.Ordinal));
    }

    /// <summary>With the engine's verbose logging flags, so whatever the provider can log goes to the captured stderr.</summary>
    private static async Task<ProviderSession> StartVerboseAsync() =>
        await ProviderSession.StartAsync(leadingArguments: ["--logtostderr", "-v=9"]);
}
