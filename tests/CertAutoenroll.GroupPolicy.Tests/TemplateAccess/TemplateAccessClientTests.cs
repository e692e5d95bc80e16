using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.TemplateAccess;
using CertAutoenroll.GroupPolicy.Tests.Operations;

namespace CertAutoenroll.GroupPolicy.Tests.TemplateAccess;

public sealed class TemplateAccessClientTests
{
    private const string Reply = """{"ok":true,"version":"v","result":{"template":"User","templateDn":"CN=User,CN=Certificate Templates,CN=Public Key Services,CN=Services,CN=Configuration,DC=lab,DC=test","principal":"LAB\\Domain Users","principalSid":"S-1-5-21-1-2-3-513","enroll":true,"autoenroll":false,"read":true,"otherAccess":"(A;;WP;;;S-1-5-21-1-2-3-513)","changed":true}}""";

    [Fact]
    public async Task SetAsync_Rights_SendsThemAndReadsASingleOtherAceFlattenedByPowerShell()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply(Reply));
        var client = new TemplateAccessClient(session);

        // Act
        var access = await client.SetAsync("User", @"LAB\Domain Users", new TemplateRights(true, false, true), CancellationToken.None);

        // Assert
        var request = Assert.Single(session.Calls).Request;
        Assert.Equal("User", request.GetProperty("template").GetString());
        Assert.Equal(@"LAB\Domain Users", request.GetProperty("principal").GetString());
        Assert.True(request.GetProperty("enroll").GetBoolean());
        Assert.False(request.GetProperty("autoenroll").GetBoolean());
        Assert.Equal(new TemplateRights(true, false, true), access.Rights);
        Assert.Equal(["(A;;WP;;;S-1-5-21-1-2-3-513)"], access.OtherAccess);
        Assert.Equal("S-1-5-21-1-2-3-513", access.PrincipalSid);
        Assert.True(access.Changed);
    }

    [Theory]
    [InlineData("", @"LAB\x", "template")]
    [InlineData("User", "", "principal")]
    [InlineData("User", "tab\there", "principal")]
    public async Task GetAsync_BadInput_FailsValidationNamingTheField(string template, string principal, string field)
    {
        // Arrange
        var session = new FakePowerShellSession(_ => throw new InvalidOperationException("must not run"));
        var client = new TemplateAccessClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.GetAsync(template, principal, CancellationToken.None));

        // Assert
        Assert.Equal(field, Assert.Single(error.Failures).Field);
        Assert.Empty(session.Calls);
    }

    [Theory]
    [InlineData("templateNotFound", GroupPolicyErrorCode.TemplateNotFound)]
    [InlineData("principalNotFound", GroupPolicyErrorCode.PrincipalNotFound)]
    [InlineData("accessDenied", GroupPolicyErrorCode.AccessDenied)]
    public async Task RemoveAsync_ScriptError_MapsTheCode(string wire, GroupPolicyErrorCode expected)
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply($$$"""{"ok":false,"version":"v","error":{"code":"{{{wire}}}","message":"m"}}"""));
        var client = new TemplateAccessClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.RemoveAsync("User", @"LAB\Domain Users", CancellationToken.None));

        // Assert
        Assert.Equal(expected, error.Code);
    }
}
