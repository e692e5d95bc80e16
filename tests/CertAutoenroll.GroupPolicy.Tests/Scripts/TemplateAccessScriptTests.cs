using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.TemplateAccess;
using CertAutoenroll.GroupPolicy.Tests.Lab;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>The template-access scripts in a real pwsh with the lab ActiveDirectory module.</summary>
[Collection(LabDomainCollection.Name)]
public sealed class TemplateAccessScriptTests(LabDomainFixture lab)
{
    private const string DomainSid = "S-1-5-21-3623811015-3361044348-30300820";

    [Fact]
    public async Task GetAsync_DefaultUserTemplate_DomainUsersMayEnrollOnly()
    {
        // Arrange
        var client = new TemplateAccessClient(lab.Session, GpoScriptTests.LabScope);

        // Act
        var access = await client.GetAsync("User", @"LAB\Domain Users", CancellationToken.None);

        // Assert
        Assert.Equal(new TemplateRights(true, false, false), access.Rights);
        Assert.Equal(DomainSid + "-513", access.PrincipalSid);
        Assert.Equal("CN=User,CN=Certificate Templates,CN=Public Key Services,CN=Services,CN=Configuration,DC=lab,DC=test", access.TemplateDn);
        Assert.Empty(access.OtherAccess);
    }

    [Fact]
    public async Task SetThenRemove_DomainAdminsOnMachine_KeepsTheirOtherAcesAndEveryoneElses()
    {
        // Arrange: Domain Admins hold Enroll and full control on Machine already.
        var client = new TemplateAccessClient(lab.Session, GpoScriptTests.LabScope);
        var before = await client.GetAsync("Machine", DomainSid + "-512", CancellationToken.None);
        var computersBefore = await client.GetAsync("Machine", @"LAB\Domain Computers", CancellationToken.None);

        // Act
        var set = await client.SetAsync("Machine", @"lab.test\Domain Admins", TemplateRights.All, CancellationToken.None);
        var removed = await client.RemoveAsync("Machine", DomainSid + "-512", CancellationToken.None);

        // Assert
        Assert.Equal(new TemplateRights(true, false, false), before.Rights);
        Assert.True(set.Changed);
        Assert.Equal(TemplateRights.All, set.Rights);
        Assert.Equal(before.OtherAccess, set.OtherAccess);
        Assert.NotEmpty(set.OtherAccess);
        Assert.Equal(TemplateRights.None, removed.Rights);
        Assert.Equal(before.OtherAccess, removed.OtherAccess);
        Assert.Equal(computersBefore, await client.GetAsync("Machine", @"LAB\Domain Computers", CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_Twice_SecondRunChangesNothing()
    {
        // Arrange
        var client = new TemplateAccessClient(lab.Session, GpoScriptTests.LabScope);

        // Act
        var first = await client.SetAsync("WebServer", "alice@lab.test", TemplateRights.All, CancellationToken.None);
        var second = await client.SetAsync("WebServer", "alice@lab.test", TemplateRights.All, CancellationToken.None);

        // Assert
        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.Equal(TemplateRights.All, second.Rights);
        Assert.Equal(@"LAB\alice", second.Principal);
    }

    [Fact]
    public async Task GetAsync_AfterAHandRemovedRight_ShowsTheDrift()
    {
        // Arrange
        var client = new TemplateAccessClient(lab.Session, GpoScriptTests.LabScope);
        await client.SetAsync("Administrator", @"LAB\Autoenroll Staff", TemplateRights.All, CancellationToken.None);
        await RemoveAutoEnrollByHandAsync("Administrator", DomainSid + "-1104");

        // Act
        var access = await client.GetAsync("Administrator", @"LAB\Autoenroll Staff", CancellationToken.None);

        // Assert
        Assert.Equal(new TemplateRights(true, false, true), access.Rights);
    }

    [Theory]
    [InlineData("NoSuchTemplate", @"LAB\Domain Users", GroupPolicyErrorCode.TemplateNotFound)]
    [InlineData("User", @"LAB\Nobody", GroupPolicyErrorCode.PrincipalNotFound)]
    [InlineData("User", @"OTHER\Domain Users", GroupPolicyErrorCode.PrincipalNotFound)]
    [InlineData("User", "S-1-5-21-1-2-3-513", GroupPolicyErrorCode.PrincipalNotFound)]
    [InlineData("User", "nobody@lab.test", GroupPolicyErrorCode.PrincipalNotFound)]
    [InlineData("Us,er", @"LAB\Domain Users", GroupPolicyErrorCode.TemplateNotFound)]
    public async Task SetAsync_UnknownTemplateOrPrincipal_FailsWithItsCode(string template, string principal, GroupPolicyErrorCode code)
    {
        // Arrange
        var client = new TemplateAccessClient(lab.Session, GpoScriptTests.LabScope);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.SetAsync(template, principal, TemplateRights.All, CancellationToken.None));

        // Assert
        Assert.Equal(code, error.Code);
    }

    /// <summary>What an admin does in the template's Security tab: untick Autoenroll (here with the lab AD cmdlets).</summary>
    private async Task RemoveAutoEnrollByHandAsync(string template, string sid)
    {
        const string script = """
            param([string]$Argument)
            $ErrorActionPreference = 'Stop'
            Import-Module ActiveDirectory
            $template, $sid = $Argument.Split('|')
            $dn = "CN=$template,CN=Certificate Templates,CN=Public Key Services,CN=Services,CN=Configuration,DC=lab,DC=test"
            $o = Get-ADObject -Identity $dn -Properties nTSecurityDescriptor
            $sddl = $o.nTSecurityDescriptor.GetSecurityDescriptorSddlForm('Access')
            $o.nTSecurityDescriptor.SetSecurityDescriptorSddlForm($sddl.Replace("(OA;;CR;a05b8cc2-17bc-4802-a710-e7c15ab866a2;;$sid)", ''), 'Access')
            Set-ADObject -Identity $dn -Replace @{ nTSecurityDescriptor = $o.nTSecurityDescriptor }
            Write-Output 'DONE'
            """;
        var result = await lab.Session.InvokeAsync(script, template + "|" + sid, CancellationToken.None);
        Assert.Contains("DONE", result.Output, StringComparison.Ordinal);
    }
}
