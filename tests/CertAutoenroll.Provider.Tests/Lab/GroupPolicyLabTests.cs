using CertAutoenroll.Provider.Tests.Infrastructure;
using Grpc.Core;
using LabDomainController.GroupPolicyModule.Sysvol;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>
/// GroupPolicy, GroupPolicyLink and CertificateTemplateAccess against the lab DC over WinRM, as
/// pulumi up/refresh/import/destroy drive them. One lab for the three, each test on its own objects.
/// </summary>
public sealed class GroupPolicyLabTests(LabProviderFixture lab) : IClassFixture<LabProviderFixture>
{
    private const string Gpo = "certautoenroll:index:GroupPolicy";
    private const string Link = "certautoenroll:index:GroupPolicyLink";
    private const string Access = "certautoenroll:index:CertificateTemplateAccess";
    private const string Staff = "OU=Staff,DC=lab,DC=test";
    private const string Hostile = "PKI \"quoted\" 'single' $(Remove-GPO -All) ; & | `n <x> % {0}";

    [Fact]
    public async Task GroupPolicy_CreateRenameDelete_GpoFollowsAndDeleteIsIdempotent()
    {
        await using var session = await lab.StartProviderAsync();

        var created = await ResourceRequests.UpAsync(session, Gpo, "gpo", Structs.Of(("name", Hostile), ("comment", "Issued by 'PKI' team"), ("status", "UserSettingsDisabled")));
        var id = Guid.Parse(created.Id);
        var before = LabSysvol.GetGpo(lab.Lab.DataDirectory, id);
        var renamed = await ResourceRequests.UpdateAsync(session, Gpo, "gpo", created.Id, created.Properties, created.Properties,
            Structs.Of(("name", Hostile + " v2"), ("comment", "Issued by 'PKI' team"), ("status", "UserSettingsDisabled")));
        var after = LabSysvol.GetGpo(lab.Lab.DataDirectory, id);
        await ResourceRequests.DeleteAsync(session, Gpo, "gpo", created.Id, renamed.Properties);
        await ResourceRequests.DeleteAsync(session, Gpo, "gpo", created.Id, renamed.Properties);

        Assert.Equal(created.Id, created.Properties.Fields["gpoId"].StringValue);
        Assert.Equal(Hostile, before.DisplayName);
        Assert.Equal("Issued by 'PKI' team", before.Description);
        Assert.Contains(created.Id, created.Properties.Fields["path"].StringValue, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("lab.test", created.Properties.Fields["domain"].StringValue, ignoreCase: true);
        Assert.Equal(Hostile + " v2", after.DisplayName);
        Assert.Equal(Hostile + " v2", renamed.Properties.Fields["name"].StringValue);
        Assert.DoesNotContain(LabSysvol.ListGpos(lab.Lab.DataDirectory), g => g.Id == id);
    }

    [Fact]
    public async Task GroupPolicy_CreateExistingName_FailsSuggestingImport()
    {
        lab.CreateGpo("Taken Name");
        await using var session = await lab.StartProviderAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => ResourceRequests.UpAsync(session, Gpo, "taken", Structs.Of(("name", "Taken Name"))));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Contains("pulumi import", error.Status.Detail, StringComparison.Ordinal);
        Assert.Single(LabSysvol.ListGpos(lab.Lab.DataDirectory), g => g.DisplayName == "Taken Name");
    }

    [Fact]
    public async Task GroupPolicy_ImportByNameThenHandEdit_RefreshShowsDrift()
    {
        var id = lab.CreateGpo("Imported GPO");
        await using var session = await lab.StartProviderAsync();

        var imported = await ResourceRequests.ImportAsync(session, Gpo, "imp", "Imported GPO");
        var check = await session.CheckAsync("imp", imported.Inputs, type: Gpo);
        await lab.RunPowerShellAsync($"(Get-GPO -Guid '{id:B}' -Server {LabProviderFixture.DcFqdn}).GpoStatus = 'AllSettingsDisabled'");
        var refreshed = await ResourceRequests.RefreshAsync(session, Gpo, "imp", imported.Id, imported.Inputs, imported.Properties);
        var diff = await ResourceRequests.DiffAsync(session, Gpo, "imp", refreshed.Id, refreshed.Inputs, refreshed.Properties, imported.Inputs);
        var missing = await ResourceRequests.ImportAsync(session, Gpo, "gone", Guid.NewGuid().ToString("B"));

        Assert.Equal(id.ToString("B").ToUpperInvariant(), imported.Id);
        Assert.Equal("Imported GPO", imported.Inputs.Fields["name"].StringValue);
        Assert.Empty(check.Failures);
        Assert.Equal("AllSettingsDisabled", refreshed.Inputs.Fields["status"].StringValue);
        Assert.Equal(["status"], diff.Diffs);
        Assert.Empty(diff.Replaces);
        Assert.Equal(string.Empty, missing.Id);
    }

    [Fact]
    public async Task GroupPolicyLink_Lifecycle_TouchesOnlyItsLink()
    {
        var id = lab.CreateGpo(Hostile + " linked");
        var rootLinksBefore = RootLinks();
        await using var session = await lab.StartProviderAsync();

        var created = await ResourceRequests.UpAsync(session, Link, "link", Structs.Of(("gpoName", Hostile + " linked"), ("target", Staff)));
        var updated = await ResourceRequests.UpdateAsync(session, Link, "link", created.Id, created.Properties, created.Properties,
            Structs.Of(("gpoName", Hostile + " linked"), ("target", Staff), ("enforced", true)));
        var linkedNow = LabSysvol.GetGpo(lab.Lab.DataDirectory, id).Links;
        await lab.RunPowerShellAsync($"Set-GPLink -Guid '{id:B}' -Target '{Staff}' -LinkEnabled No -Server {LabProviderFixture.DcFqdn} | Out-Null");
        var refreshed = await ResourceRequests.RefreshAsync(session, Link, "link", created.Id, updated.Properties, updated.Properties);
        var imported = await ResourceRequests.ImportAsync(session, Link, "link2", created.Id);
        var moved = await ResourceRequests.DiffAsync(session, Link, "link", created.Id, refreshed.Inputs, refreshed.Properties,
            await session.CheckedAsync("link", Structs.Of(("gpoId", id.ToString("B")), ("target", "OU=Workstations,DC=lab,DC=test")), Link));
        await ResourceRequests.DeleteAsync(session, Link, "link", created.Id, updated.Properties);
        await ResourceRequests.DeleteAsync(session, Link, "link", created.Id, updated.Properties);

        Assert.Equal($"{id.ToString("B").ToUpperInvariant()}/{Staff}", created.Id);
        Assert.Equal(1, created.Properties.Fields["order"].NumberValue);
        Assert.Equal([new LabGpoLink(Staff, true, true, 1)], linkedNow);
        Assert.False(refreshed.Inputs.Fields["enabled"].BoolValue);
        Assert.True(imported.Inputs.Fields["enforced"].BoolValue);
        Assert.Equal(Staff, imported.Inputs.Fields["target"].StringValue);
        Assert.Contains("target", moved.Replaces);
        Assert.DoesNotContain("gpoId", moved.Replaces);
        Assert.Empty(LabSysvol.GetGpo(lab.Lab.DataDirectory, id).Links);
        Assert.Equal(rootLinksBefore, RootLinks());
    }

    [Fact]
    public async Task GroupPolicyLink_HostileTargetDn_FailsNotFoundAndLinksNothing()
    {
        var id = lab.CreateGpo("Hostile target");
        await using var session = await lab.StartProviderAsync();
        const string target = "OU=x'; Remove-GPLink -Name 'Default Domain Policy' -Target 'DC=lab,DC=test' #\\,\"),DC=lab,DC=test";

        var error = await Assert.ThrowsAsync<RpcException>(() => ResourceRequests.UpAsync(session, Link, "bad", Structs.Of(("gpoId", id.ToString("B")), ("target", target))));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Empty(LabSysvol.GetGpo(lab.Lab.DataDirectory, id).Links);
        Assert.NotEmpty(RootLinks());
    }

    [Fact]
    public async Task CertificateTemplateAccess_Lifecycle_ManagesOnlyItsThreeRights()
    {
        await using var session = await lab.StartProviderAsync();
        var adminsBefore = await ResourceRequests.ImportAsync(session, Access, "admins", @"WebServer/LAB\Domain Admins");

        var created = await ResourceRequests.UpAsync(session, Access, "acl", Structs.Of(("template", "WebServer"), ("principal", @"LAB\Autoenroll Staff")));
        await lab.RunPowerShellAsync(RemoveAutoEnrollByHand("WebServer", created.Properties.Fields["principalSid"].StringValue));
        var refreshed = await ResourceRequests.RefreshAsync(session, Access, "acl", created.Id, created.Properties, created.Properties);
        var diff = await ResourceRequests.DiffAsync(session, Access, "acl", created.Id, refreshed.Inputs, refreshed.Properties, created.Properties);
        var imported = await ResourceRequests.ImportAsync(session, Access, "acl2", @"WebServer/LAB\Autoenroll Staff");
        var updated = await ResourceRequests.UpdateAsync(session, Access, "acl", created.Id, refreshed.Inputs, refreshed.Properties,
            Structs.Of(("template", "WebServer"), ("principal", @"LAB\Autoenroll Staff"), ("read", false)));
        await ResourceRequests.DeleteAsync(session, Access, "acl", created.Id, updated.Properties);
        await ResourceRequests.DeleteAsync(session, Access, "acl", created.Id, updated.Properties);
        var afterDelete = await ResourceRequests.ImportAsync(session, Access, "acl3", created.Id);
        var adminsAfter = await ResourceRequests.ImportAsync(session, Access, "admins", @"WebServer/LAB\Domain Admins");

        Assert.StartsWith("WebServer/S-1-5-21-", created.Id, StringComparison.Ordinal);
        Assert.EndsWith("-1104", created.Id, StringComparison.Ordinal);
        Assert.Contains("CN=WebServer,CN=Certificate Templates", created.Properties.Fields["templateDn"].StringValue, StringComparison.Ordinal);
        Assert.False(refreshed.Inputs.Fields["autoenroll"].BoolValue);
        Assert.Equal(["autoenroll"], diff.Diffs);
        Assert.Equal(created.Id, imported.Id);
        Assert.True(updated.Properties.Fields["autoenroll"].BoolValue);
        Assert.False(updated.Properties.Fields["read"].BoolValue);
        Assert.Equal(string.Empty, afterDelete.Id);
        Assert.Equal(adminsBefore.Properties, adminsAfter.Properties);
    }

    [Fact]
    public async Task CertificateTemplateAccess_UnknownTemplate_FailsNotFoundNamingIt()
    {
        await using var session = await lab.StartProviderAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => ResourceRequests.UpAsync(session, Access, "nope", Structs.Of(("template", "No'Such$Template"), ("principal", @"LAB\Domain Users"))));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("No'Such$Template", error.Status.Detail, StringComparison.Ordinal);
    }

    private IReadOnlyList<LabGpoLink> RootLinks() =>
        LabSysvol.ListGpos(lab.Lab.DataDirectory).SelectMany(g => g.Links).Where(l => l.Target == "DC=lab,DC=test").ToList();

    /// <summary>What an admin does in the template's Security tab: untick Autoenroll (with the lab's ActiveDirectory cmdlets).</summary>
    private static string RemoveAutoEnrollByHand(string template, string sid) => $$"""
        Import-Module ActiveDirectory
        $dn = 'CN={{template}},CN=Certificate Templates,CN=Public Key Services,CN=Services,CN=Configuration,DC=lab,DC=test'
        $o = Get-ADObject -Identity $dn -Properties nTSecurityDescriptor -Server {{LabProviderFixture.DcFqdn}}
        $sddl = $o.nTSecurityDescriptor.GetSecurityDescriptorSddlForm('Access')
        $o.nTSecurityDescriptor.SetSecurityDescriptorSddlForm($sddl.Replace('(OA;;CR;a05b8cc2-17bc-4802-a710-e7c15ab866a2;;{{sid}})', ''), 'Access')
        Set-ADObject -Identity $dn -Replace @{ nTSecurityDescriptor = $o.nTSecurityDescriptor } -Server {{LabProviderFixture.DcFqdn}}
        """;
}
