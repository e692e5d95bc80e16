using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.GroupPolicy.Gpos;
using CertAutoenroll.GroupPolicy.TemplateAccess;
using CertAutoenroll.GroupPolicy.Tests.Operations;

namespace CertAutoenroll.GroupPolicy.Tests.DomainScripts;

public sealed class DomainScopeTests
{
    private const string AccessReply = """{"ok":true,"version":"v","result":{"template":"User","templateDn":"CN=User","principal":"LAB\\x","principalSid":"S-1-5-21-1-2-3-1000","enroll":true,"autoenroll":true,"read":true,"otherAccess":[],"changed":true}}""";

    [Theory]
    [InlineData("dc1 .lab.test", null)]
    [InlineData("dc1;calc", null)]
    [InlineData(null, "lab.test\n")]
    public void Constructor_BadServerOrDomain_IsRefusedNamingTheField(string? server, string? domain)
    {
        // Arrange
        var session = new FakePowerShellSession(_ => throw new InvalidOperationException("must not run"));

        // Act
        var error = Assert.Throws<ArgumentException>(() => new GpoClient(session, new DomainScope(server, domain)));

        // Assert
        Assert.Contains(server is null ? "domain" : "server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_NoServer_SendsNoServerSoTheDcUsesItsOwnName()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply("""{"ok":true,"version":"v","result":{"found":false}}"""));
        var client = new GpoClient(session);

        // Act
        await client.GetAsync(Model.GpoTarget.ById(Guid.NewGuid()), CancellationToken.None);

        // Assert
        Assert.False(Assert.Single(session.Calls).Request.TryGetProperty("server", out _));
    }

    [Fact]
    public async Task SetAsync_TwoWritesToOneTemplate_RunOneAfterTheOther()
    {
        // Arrange: the DC keeps only the last writer's descriptor, so the client must not overlap them.
        await using var session = new GatedPowerShellSession(() => FakePowerShellSession.Reply(AccessReply));
        var client = new TemplateAccessClient(session);

        // Act
        var first = client.SetAsync("User", @"LAB\a", TemplateRights.All, CancellationToken.None);
        var second = client.SetAsync("user", @"LAB\b", TemplateRights.All, CancellationToken.None);
        await Task.Delay(200);
        var startedWhileFirstHeld = session.Started;
        session.ReleaseOne();
        await first;
        session.ReleaseOne();
        await second;

        // Assert
        Assert.Equal(1, startedWhileFirstHeld);
        Assert.Equal(1, session.MaxRunning);
    }

    [Fact]
    public async Task GetAsync_TwoReadsOfOneTemplate_RunTogether()
    {
        // Arrange: reads lose no update, so they take no lock.
        await using var session = new GatedPowerShellSession(() => FakePowerShellSession.Reply(AccessReply));
        var client = new TemplateAccessClient(session);

        // Act
        var first = client.GetAsync("User", @"LAB\a", CancellationToken.None);
        var second = client.GetAsync("User", @"LAB\b", CancellationToken.None);
        await Task.Delay(200);
        var started = session.Started;
        session.ReleaseOne();
        session.ReleaseOne();
        await Task.WhenAll(first, second);

        // Assert
        Assert.Equal(2, started);
    }
}
