using System.Text.Json;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.GroupPolicy.Tests.Operations;

public sealed class AutoenrollmentPolicyClientTests
{
    private const string GpoId = "{31B2F340-016D-11D2-945F-00C04FB984F9}";

    [Fact]
    public async Task ApplyAsync_Settings_SendsModelBitsKnownMaskValuesAndOwnedNames()
    {
        // Arrange
        var session = new FakePowerShellSession(EchoState);
        var client = new AutoenrollmentPolicyClient(session);
        var settings = new AutoenrollmentSettings { ExpirationNotification = new ExpirationNotification { Percentage = 0 } };

        // Act
        await client.ApplyAsync(GpoTarget.ByName("It's \"$(x)\"", "lab.test"), PolicyScope.Computer, settings, CancellationToken.None);

        // Assert
        var (script, request) = Assert.Single(session.Calls);
        var item = Assert.Single(request.GetProperty("items").EnumerateArray());
        Assert.Contains("certautoenroll-apply/", script, StringComparison.Ordinal);
        Assert.DoesNotContain("It's", script, StringComparison.Ordinal);
        Assert.Equal("It's \"$(x)\"", item.GetProperty("gpoName").GetString());
        Assert.Equal("lab.test", item.GetProperty("domain").GetString());
        Assert.Equal("Computer", item.GetProperty("scope").GetString());
        Assert.Equal(7, item.GetProperty("aePolicy").GetInt32());
        Assert.Equal(0x8007, item.GetProperty("knownAePolicyBits").GetInt32());
        Assert.Equal(
            """[{"name":"OfflineExpirationPercent","type":"DWord","data":0},{"name":"OfflineExpirationStoreNames","type":"String","data":"MY"}]""",
            item.GetProperty("values").GetRawText());
        Assert.Equal("""["AEPolicy","OfflineExpirationPercent","OfflineExpirationStoreNames"]""", item.GetProperty("ownedValueNames").GetRawText());
    }

    [Fact]
    public async Task ApplyAsync_DisabledWithABox_ThrowsInvalidRequestWithoutRunningAScript()
    {
        // Arrange
        var session = new FakePowerShellSession(EchoState);
        var client = new AutoenrollmentPolicyClient(session);
        var settings = new AutoenrollmentSettings { ConfigurationModel = ConfigurationModel.Disabled };

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.ApplyAsync(GpoTarget.ById(Guid.NewGuid()), PolicyScope.User, settings, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.InvalidRequest, error.Code);
        Assert.Contains("renewExpiredCertificates", error.Message, StringComparison.Ordinal);
        Assert.Empty(session.Calls);
    }

    [Fact]
    public async Task ReadAsync_NameWithControlCharacter_ThrowsInvalidRequestWithoutRunningAScript()
    {
        // Arrange
        var session = new FakePowerShellSession(EchoState);
        var client = new AutoenrollmentPolicyClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.ReadAsync(GpoTarget.ByName("a\r\nb"), PolicyScope.User, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.InvalidRequest, error.Code);
        Assert.Equal("gpoName", error.Failures[0].Field);
        Assert.Empty(session.Calls);
    }

    [Fact]
    public async Task RemoveAsync_ItemError_ThrowsItsCodeNamingGpoScopeAndDomain()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply("""{"ok":true,"items":[{"ok":false,"error":{"code":"gpoNotFound","message":"GPO 'Gone', scope User, domain 'lab.test': No GPO has this display name."}}]}"""));
        var client = new AutoenrollmentPolicyClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.RemoveAsync(GpoTarget.ByName("Gone", "lab.test"), PolicyScope.User, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.GpoNotFound, error.Code);
        Assert.Contains("'Gone'", error.Message, StringComparison.Ordinal);
        Assert.Contains("scope User", error.Message, StringComparison.Ordinal);
        Assert.Contains("lab.test", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadManyAsync_ManyItems_RunsOneScriptAndKeepsOrder()
    {
        // Arrange
        var session = new FakePowerShellSession(EchoState);
        var client = new AutoenrollmentPolicyClient(session);
        (GpoTarget, PolicyScope)[] items = [(GpoTarget.ByName("A"), PolicyScope.User), (GpoTarget.ByName("B"), PolicyScope.Computer), (GpoTarget.ByName("C"), PolicyScope.User)];

        // Act
        var states = await client.ReadManyAsync(items, CancellationToken.None);

        // Assert
        Assert.Single(session.Calls);
        Assert.Equal(["A", "B", "C"], states.Select(s => s.GpoName));
        Assert.Equal([PolicyScope.User, PolicyScope.Computer, PolicyScope.User], states.Select(s => s.Scope));
    }

    [Fact]
    public async Task ApplyAsync_NameAndIdOfOneGpoAfterItsIdIsKnown_RunOneAfterTheOther()
    {
        // Arrange
        var session = new GatedPowerShellSession(() => EchoState(JsonDocument.Parse("""{"items":[{"gpoName":"P","scope":"User"}]}""").RootElement));
        var client = new AutoenrollmentPolicyClient(session);
        var first = client.ReadAsync(GpoTarget.ByName("P"), PolicyScope.User, CancellationToken.None);
        session.ReleaseOne();
        await first; // the reply shows that "P" is GpoId

        // Act
        var byName = client.ApplyAsync(GpoTarget.ByName("p"), PolicyScope.User, new AutoenrollmentSettings(), CancellationToken.None);
        var byId = client.ApplyAsync(GpoTarget.ById(Guid.Parse(GpoId)), PolicyScope.Computer, new AutoenrollmentSettings(), CancellationToken.None);
        var startedWhileFirstHeld = session.Started;
        session.ReleaseOne();
        session.ReleaseOne();
        await Task.WhenAll(byName, byId);

        // Assert
        Assert.Equal(2, startedWhileFirstHeld);
        Assert.Equal(1, session.MaxRunning);
        Assert.Equal(3, session.Started);
    }

    [Fact]
    public async Task ApplyAsync_TwoDifferentGpos_RunAtOnce()
    {
        // Arrange
        var session = new GatedPowerShellSession(() => EchoState(JsonDocument.Parse("""{"items":[{"gpoName":"P","scope":"User"}]}""").RootElement));
        var client = new AutoenrollmentPolicyClient(session);

        // Act
        var one = client.ApplyAsync(GpoTarget.ById(Guid.NewGuid()), PolicyScope.User, new AutoenrollmentSettings(), CancellationToken.None);
        var two = client.ApplyAsync(GpoTarget.ById(Guid.NewGuid()), PolicyScope.User, new AutoenrollmentSettings(), CancellationToken.None);
        var running = session.MaxRunning;
        session.ReleaseOne();
        session.ReleaseOne();
        await Task.WhenAll(one, two);

        // Assert
        Assert.Equal(2, running);
    }

    private static PowerShellResult EchoState(JsonElement request)
    {
        var items = request.GetProperty("items").EnumerateArray().Select(item =>
        {
            var name = item.TryGetProperty("gpoName", out var n) ? n.GetString() : "By id";
            var state = new Dictionary<string, object?>
            {
                ["ok"] = true, ["gpoId"] = GpoId, ["gpoName"] = name, ["domain"] = "lab.test",
                ["scope"] = item.GetProperty("scope").GetString(), ["key"] = "HKLM\\x", ["values"] = Array.Empty<object>(),
                ["changed"] = false, ["previousAePolicy"] = null,
            };
            return state;
        });
        return FakePowerShellSession.Reply(JsonSerializer.Serialize(new { ok = true, items }));
    }
}
