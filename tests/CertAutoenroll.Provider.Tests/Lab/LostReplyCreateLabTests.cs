using CertAutoenroll.Provider.Tests.Infrastructure;
using Grpc.Core;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>
/// Creates whose replies the lab DC drops after doing the work (<c>dropAfterReceive</c>): four in a row use up the
/// session's own resynchronisation (maxRetries 3), so the provider re-runs the script on a fresh session. The re-run
/// must converge: the GPO the first attempt made is adopted (exactly one, no error), a GPO that existed before is
/// still refused, and a link or a template right is set once. Each test asserts the faults were injected.
/// A lab of its own: the faults hit every request of the lab while they are on.
/// </summary>
public sealed class LostReplyCreateLabTests(LabProviderFixture lab) : IClassFixture<LabProviderFixture>
{
    private const string Gpo = "certautoenroll:index:GroupPolicy";
    private const string Link = "certautoenroll:index:GroupPolicyLink";
    private const string Access = "certautoenroll:index:CertificateTemplateAccess";
    private const string DroppedReplies = "dropAfterReceive";
    private const int Drops = 4;

    [Fact]
    public async Task GroupPolicy_CreateWhoseRepliesWereLost_AdoptsTheGpoItCreated()
    {
        await using var session = await lab.StartProviderAsync();

        var (created, injected) = await WithDroppedRepliesAsync(() => ResourceRequests.UpAsync(
            session, Gpo, "lost", Structs.Of(("name", "Lost reply GPO"), ("comment", "made once"), ("status", "UserSettingsDisabled"))));

        Assert.Equal(Drops, injected);
        var stored = Assert.Single(LabSysvol.ListGpos(lab.Lab.DataDirectory), g => g.DisplayName == "Lost reply GPO");
        Assert.Equal(stored.Id.ToString("B").ToUpperInvariant(), created.Id);
        Assert.Equal("made once", stored.Description);
        Assert.Equal("UserSettingsDisabled", created.Properties.Fields["status"].StringValue);
    }

    [Fact]
    public async Task GroupPolicy_CreateOverAnExistingGpoWhoseRepliesWereLost_IsStillRefused()
    {
        var existing = lab.CreateGpo("Lost reply taken");
        await using var session = await lab.StartProviderAsync();

        var (error, injected) = await WithDroppedRepliesAsync(() => Assert.ThrowsAsync<RpcException>(
            () => ResourceRequests.UpAsync(session, Gpo, "taken", Structs.Of(("name", "Lost reply taken")))));

        Assert.Equal(Drops, injected);
        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Contains("pulumi import", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(existing, Assert.Single(LabSysvol.ListGpos(lab.Lab.DataDirectory), g => g.DisplayName == "Lost reply taken").Id);
    }

    [Fact]
    public async Task GroupPolicyLink_CreateWhoseRepliesWereLost_LinksOnce()
    {
        var id = lab.CreateGpo("Lost reply linked");
        await using var session = await lab.StartProviderAsync();

        var (created, injected) = await WithDroppedRepliesAsync(() => ResourceRequests.UpAsync(
            session, Link, "link", Structs.Of(("gpoId", id.ToString("B")), ("target", "OU=Staff,DC=lab,DC=test"))));

        Assert.Equal(Drops, injected);
        Assert.Equal($"{id.ToString("B").ToUpperInvariant()}/OU=Staff,DC=lab,DC=test", created.Id);
        Assert.Equal([new LabGpoLink("OU=Staff,DC=lab,DC=test", true, false, 1)], LabSysvol.GetGpo(lab.Lab.DataDirectory, id).Links);
    }

    [Fact]
    public async Task CertificateTemplateAccess_CreateWhoseRepliesWereLost_GrantsOnce()
    {
        await using var session = await lab.StartProviderAsync();

        var (created, injected) = await WithDroppedRepliesAsync(() => ResourceRequests.UpAsync(
            session, Access, "acl", Structs.Of(("template", "User"), ("principal", @"LAB\Autoenroll Staff"))));
        var read = await ResourceRequests.ImportAsync(session, Access, "acl2", created.Id);

        Assert.Equal(Drops, injected);
        Assert.True(created.Properties.Fields["autoenroll"].BoolValue);
        Assert.Equal(created.Properties.Fields["principalSid"].StringValue, read.Properties.Fields["principalSid"].StringValue);
        Assert.True(read.Inputs.Fields["enroll"].BoolValue && read.Inputs.Fields["autoenroll"].BoolValue && read.Inputs.Fields["read"].BoolValue);
    }

    /// <summary>Runs <paramref name="create"/> while the next <see cref="Drops"/> Receive replies are dropped; returns how many were.</summary>
    private async Task<(T Result, long Injected)> WithDroppedRepliesAsync<T>(Func<Task<T>> create)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var before = await lab.Lab.GetCountersAsync(timeout.Token);
        await lab.Lab.SetFaultsAsync(1, [DroppedReplies], null, null, timeout.Token, limit: Drops);
        try
        {
            var result = await create();
            var after = await lab.Lab.GetCountersAsync(timeout.Token);
            return (result, after.Injected(DroppedReplies) - before.Injected(DroppedReplies));
        }
        finally
        {
            await lab.Lab.SetFaultsAsync(0, [DroppedReplies], null, null, CancellationToken.None);
        }
    }
}
