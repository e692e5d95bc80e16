using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Registry;
using CertAutoenroll.GroupPolicy.Tests.Lab;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>read.ps1 in a real pwsh with the lab GroupPolicy module.</summary>
[Collection(LabDomainCollection.Name)]
public sealed class ReadScriptTests(LabDomainFixture lab)
{
    [Theory]
    [InlineData(PolicyScope.User)]
    [InlineData(PolicyScope.Computer)]
    public async Task ReadAsync_NothingConfigured_ReturnsNotConfiguredWithTheResolvedGpo(PolicyScope scope)
    {
        // Arrange
        var client = lab.CreateClient();

        // Act
        var state = await client.ReadAsync(GpoTarget.ByName(LabDomain.DefaultDomainControllersPolicyName), scope, CancellationToken.None);

        // Assert
        Assert.Null(state.Settings);
        Assert.Null(state.AePolicy);
        Assert.Empty(state.UnmanagedValues);
        Assert.False(state.Changed);
        Assert.Equal(LabDomain.DefaultDomainControllersPolicyId, state.GpoId);
        Assert.Equal(LabDomain.Name, state.Domain, ignoreCase: true);
        Assert.Equal(AutoenrollmentRegistry.FullKeyPath(scope), state.RegistryKey);
    }

    [Fact]
    public async Task ReadManyAsync_SeveralGposAndScopes_ReadsEachInOrder()
    {
        // Arrange
        var client = lab.CreateClient();
        var id = await lab.NewGpoAsync("ReadMany target");
        await client.ApplyAsync(GpoTarget.ById(id), PolicyScope.Computer, new AutoenrollmentSettings { RenewExpiredCertificates = false }, CancellationToken.None);
        (GpoTarget, PolicyScope)[] items =
        [
            (GpoTarget.ById(id), PolicyScope.User),
            (GpoTarget.ByName("ReadMany target", LabDomain.Name), PolicyScope.Computer),
            (GpoTarget.ById(LabDomain.DefaultDomainPolicyId), PolicyScope.User),
        ];

        // Act
        var states = await client.ReadManyAsync(items, CancellationToken.None);

        // Assert
        Assert.Equal([id, id, LabDomain.DefaultDomainPolicyId], states.Select(s => s.GpoId));
        Assert.Null(states[0].AePolicy);
        Assert.Equal(1u, states[1].AePolicy);
        Assert.Equal(PolicyScope.Computer, states[1].Scope);
    }

    [Fact]
    public async Task ReadAsync_ForeignValuesOfEveryType_AreReportedAsUnmanagedWithTheirData()
    {
        // Arrange
        var client = lab.CreateClient();
        var id = await lab.NewGpoAsync("Read foreign values");
        const string key = @"HKCU\Software\Policies\Microsoft\Cryptography\AutoEnrollment";
        await lab.SetValueAsync(id, key, "AEPolicy", "DWord", 7);
        await lab.SetValueAsync(id, key, "ADWord", "DWord", 0xFFFFFFFFL);
        await lab.SetValueAsync(id, key, "AQWord", "QWord", 1L << 40);
        await lab.SetValueAsync(id, key, "AString", "String", "x \"y\" 'z' 証明書");
        await lab.SetValueAsync(id, key, "AnExpandString", "ExpandString", "%SystemRoot%");
        await lab.SetValueAsync(id, key, "AMultiString", "MultiString", new[] { "one" });
        await lab.SetValueAsync(id, key, "ABinary", "Binary", new[] { 0, 255, 7 });
        await lab.SetValueAsync(id, key + @"\Sub", "Nested", "String", "not under the key");

        // Act
        var state = await client.ReadAsync(GpoTarget.ById(id), PolicyScope.User, CancellationToken.None);

        // Assert
        Assert.Equal(7u, state.AePolicy);
        Assert.Equal(
            [
                new PolicyRegistryValue("ABinary", RegistryValueKind.Binary, new byte[] { 0, 255, 7 }),
                new PolicyRegistryValue("ADWord", RegistryValueKind.DWord, 0xFFFFFFFFu),
                new PolicyRegistryValue("AMultiString", RegistryValueKind.MultiString, new[] { "one" }),
                new PolicyRegistryValue("AQWord", RegistryValueKind.QWord, 1UL << 40),
                new PolicyRegistryValue("AString", RegistryValueKind.String, "x \"y\" 'z' 証明書"),
                new PolicyRegistryValue("AnExpandString", RegistryValueKind.ExpandString, "%SystemRoot%"),
            ],
            state.UnmanagedValues.OrderBy(v => v.Name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_UnknownName_ThrowsGpoNotFoundNamingGpoScopeAndDomain()
    {
        // Arrange
        var client = lab.CreateClient();

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.ReadAsync(GpoTarget.ByName("No such GPO", LabDomain.Name), PolicyScope.User, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.GpoNotFound, error.Code);
        Assert.Contains("'No such GPO'", error.Message, StringComparison.Ordinal);
        Assert.Contains("scope User", error.Message, StringComparison.Ordinal);
        Assert.Contains(LabDomain.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnknownId_ThrowsGpoNotFound()
    {
        // Arrange
        var client = lab.CreateClient();
        var id = Guid.NewGuid();

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.ReadAsync(GpoTarget.ById(id), PolicyScope.Computer, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.GpoNotFound, error.Code);
        Assert.Contains(GpoTarget.FormatId(id), error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadAsync_DuplicateDisplayName_ThrowsAmbiguousGpoName()
    {
        // Arrange
        var client = lab.CreateClient();
        LabSysvol.CreateGpo(lab.DataDirectory, Guid.NewGuid(), "Twice named");
        LabSysvol.CreateGpo(lab.DataDirectory, Guid.NewGuid(), "Twice named");

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.ReadAsync(GpoTarget.ByName("Twice named"), PolicyScope.User, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.AmbiguousGpoName, error.Code);
        Assert.Contains("gpoId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ModuleNotInstalled_ThrowsModuleMissing()
    {
        // Arrange
        await using var session = LabPwshSession.Start(lab.DataDirectory, withoutModule: true);
        var client = new AutoenrollmentPolicyClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.ReadAsync(GpoTarget.ByName("Any"), PolicyScope.User, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.ModuleMissing, error.Code);
        Assert.Contains("GroupPolicy", error.Message, StringComparison.Ordinal);
    }
}
