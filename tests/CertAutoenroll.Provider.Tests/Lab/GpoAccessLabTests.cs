using CertAutoenroll.Provider.Tests.Infrastructure;
using Grpc.Core;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>An account that may read a GPO but not edit it, through the provider: the DC's access denied end to end.</summary>
public sealed class GpoAccessLabTests(LabProviderFixture lab) : IClassFixture<LabProviderFixture>
{
    [Fact]
    public async Task Create_StandardAccountWithoutEditRight_IsPermissionDeniedAndNothingIsWritten()
    {
        var gpo = lab.CreateGpo("Read-only Policy");
        await using var session = await ProviderSession.StartAsync();
        await session.ConfigureAsync(lab.Config(lab.Lab.StandardPassword, lab.Lab.StandardUserName));

        var error = await Assert.ThrowsAsync<RpcException>(() => PolicyRequests.UpAsync(session, "denied", Structs.Of(("gpoName", "Read-only Policy"))));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("access denied; the account needs permission to edit the GPO", error.Status.Detail, StringComparison.Ordinal);
        Assert.Null(lab.RegistryValue(gpo, GpoSection.User, LabProviderFixture.PolicyKey, "AEPolicy"));
        Assert.DoesNotContain(lab.Lab.StandardPassword, error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_StandardAccountGrantedGpoEdit_WritesThePolicy()
    {
        var gpo = lab.CreateGpo("Delegated Policy");
        await lab.RunPowerShellAsync("Set-GPPermission -Name 'Delegated Policy' -TargetName 'reader' -TargetType User -PermissionLevel GpoEdit | Out-Null");
        await using var session = await ProviderSession.StartAsync();
        await session.ConfigureAsync(lab.Config(lab.Lab.StandardPassword, lab.Lab.StandardUserName));

        await PolicyRequests.UpAsync(session, "granted", Structs.Of(("gpoName", "Delegated Policy")));

        Assert.Equal(7u, lab.RegistryValue(gpo, GpoSection.User, LabProviderFixture.PolicyKey, "AEPolicy"));
    }
}
