using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.GroupPolicy.Gpos;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Tests.Operations;

namespace CertAutoenroll.GroupPolicy.Tests.Gpos;

public sealed class GpoClientTests
{
    private const string GpoJson = """{"gpoId":"{0B5F2C5E-1111-4A2B-9C3D-0123456789AB}","name":"Autoenroll","comment":"c","status":"UserSettingsDisabled","domain":"lab.test","path":"cn={0B5F2C5E-1111-4A2B-9C3D-0123456789AB},cn=policies,cn=system,DC=lab,DC=test","owner":"LAB\\Domain Admins"}""";

    [Fact]
    public async Task CreateAsync_Scope_SendsNameCommentStatusServerAndDomain()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply($$$"""{"ok":true,"version":"v","result":{"gpo":{{{GpoJson}}}}}"""));
        var client = new GpoClient(session, new DomainScope("dc01.lab.test", "lab.test"));

        // Act
        var gpo = await client.CreateAsync("Autoenroll", "c", GpoStatus.UserSettingsDisabled, CancellationToken.None);

        // Assert
        var request = Assert.Single(session.Calls).Request;
        Assert.Equal("Autoenroll", request.GetProperty("name").GetString());
        Assert.Equal("c", request.GetProperty("comment").GetString());
        Assert.Equal("UserSettingsDisabled", request.GetProperty("status").GetString());
        Assert.Equal("dc01.lab.test", request.GetProperty("server").GetString());
        Assert.Equal("lab.test", request.GetProperty("domain").GetString());
        Assert.Equal(GpoStatus.UserSettingsDisabled, gpo.Status);
        Assert.Equal(Guid.Parse("0B5F2C5E-1111-4A2B-9C3D-0123456789AB"), gpo.Id);
        Assert.True(gpo.Changed);
    }

    [Fact]
    public async Task CreateAsync_TwoCalls_SendEachItsOwnOperationId()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply($$$"""{"ok":true,"version":"v","result":{"gpo":{{{GpoJson}}}}}"""));
        var client = new GpoClient(session);

        // Act
        await client.CreateAsync("Autoenroll", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);
        await client.CreateAsync("Autoenroll", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);

        // Assert: the id marks one operation (its re-runs resend the same request), so two calls never share one.
        var ids = session.Calls.Select(c => Guid.Parse(c.Request.GetProperty("operationId").GetString()!)).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public async Task CreateAsync_NameTaken_ThrowsGpoAlreadyExists()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply("""{"ok":false,"version":"v","error":{"code":"gpoAlreadyExists","message":"A GPO named 'x' exists already ({1}); import it instead of creating it."}}"""));
        var client = new GpoClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.CreateAsync("x", null, GpoStatus.AllSettingsEnabled, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.GpoAlreadyExists, error.Code);
        Assert.Contains("import it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31B2F340-016D-11D2-945F-00C04FB984F9")]
    [InlineData("6AC1786C-016F-11D2-945F-00C04fB984F9")]
    public async Task RemoveAsync_DefaultGpo_IsRefusedWithoutRunningAnything(string id)
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply("""{"ok":true,"version":"v","result":{"removed":true}}"""));
        var client = new GpoClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.RemoveAsync(Guid.Parse(id), CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.ProtectedGpo, error.Code);
        Assert.Empty(session.Calls);
    }

    [Fact]
    public async Task GetAsync_NotFound_ReturnsNull()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply("""{"ok":true,"version":"v","result":{"found":false}}"""));
        var client = new GpoClient(session);

        // Act
        var gpo = await client.GetAsync(GpoTarget.ByName("gone"), CancellationToken.None);

        // Assert
        Assert.Null(gpo);
        Assert.Equal("gone", Assert.Single(session.Calls).Request.GetProperty("gpoName").GetString());
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData("line\nbreak", "name")]
    [InlineData(" padded", "name")]
    public async Task CreateAsync_BadName_FailsValidationNamingTheField(string name, string field)
    {
        // Arrange
        var session = new FakePowerShellSession(_ => throw new InvalidOperationException("must not run"));
        var client = new GpoClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.CreateAsync(name, null, GpoStatus.AllSettingsEnabled, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.InvalidRequest, error.Code);
        Assert.Equal(field, Assert.Single(error.Failures).Field);
        Assert.Empty(session.Calls);
    }

    [Fact]
    public async Task UpdateAsync_CommentTooLong_FailsValidation()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => throw new InvalidOperationException("must not run"));
        var client = new GpoClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.UpdateAsync(Guid.NewGuid(), null, new string('x', 2048), null, CancellationToken.None));

        // Assert
        Assert.Equal("comment", Assert.Single(error.Failures).Field);
    }
    [Fact]
    public async Task GetEditAccessAsync_ByName_SendsTheGpoAndScopeAndReadsTheDecision()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply($$$"""{"ok":true,"version":"v","result":{"gpo":{{{GpoJson}}},"account":"LAB\\reader","decision":"denied","grants":[],"custom":[],"denies":[],"reads":"NT AUTHORITY\\Authenticated Users: GpoApply"}}"""));
        var client = new GpoClient(session, new DomainScope("dc01.lab.test", "lab.test"));

        // Act
        var access = await client.GetEditAccessAsync(GpoTarget.ByName("Autoenroll"), CancellationToken.None);

        // Assert
        var request = Assert.Single(session.Calls).Request;
        Assert.Equal("Autoenroll", request.GetProperty("gpoName").GetString());
        Assert.Equal("dc01.lab.test", request.GetProperty("server").GetString());
        Assert.Equal(GpoEditDecision.Denied, access.Decision);
        Assert.Equal(@"LAB\reader", access.Account);
        Assert.Equal([@"NT AUTHORITY\Authenticated Users: GpoApply"], access.Reads);
        Assert.Empty(access.Grants);
        Assert.Equal(Guid.Parse("0B5F2C5E-1111-4A2B-9C3D-0123456789AB"), access.Gpo.Id);
    }

    [Theory]
    [InlineData("allowed", GpoEditDecision.Allowed)]
    [InlineData("undecided", GpoEditDecision.Undecided)]
    [InlineData("denied", GpoEditDecision.Denied)]
    [InlineData("something new", GpoEditDecision.Denied)]
    public async Task GetEditAccessAsync_Decision_MapsOnlyAllowedAndUndecidedAsSuch(string wire, GpoEditDecision expected)
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply($$$"""{"ok":true,"version":"v","result":{"gpo":{{{GpoJson}}},"account":"LAB\\a","decision":"{{{wire}}}","grants":["LAB\\G: GpoEdit"],"custom":[],"denies":[],"reads":[]}}"""));
        var client = new GpoClient(session);

        // Act
        var access = await client.GetEditAccessAsync(GpoTarget.ById(Guid.Parse("0B5F2C5E-1111-4A2B-9C3D-0123456789AB")), CancellationToken.None);

        // Assert
        Assert.Equal(expected, access.Decision);
        Assert.Equal("{0B5F2C5E-1111-4A2B-9C3D-0123456789AB}", Assert.Single(session.Calls).Request.GetProperty("gpoId").GetString());
    }
}
