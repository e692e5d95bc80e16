using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Tests.Lab;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>GPO names that would break a script if they were ever spliced into script text.</summary>
[Collection(LabDomainCollection.Name)]
public sealed class HostileGpoNameTests(LabDomainFixture lab)
{
    public static TheoryData<string> HostileNames() =>
    [
        "O'Brien's \"quoted\" policy",
        "$(New-GPO -Name pwned) $env:PATH",
        "back`tick `$x `\"",
        "semi; Remove-GPO -Name 'Default Domain Policy'; #",
        "Ünïcødé — 証明書 🔐 ‘curly’ “quotes”",
        "Wild*card [a-z] ?",
        "'" + new string('x', 126) + "\"$();`" + new string('y', 122),
    ];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task ApplyReadRemove_HostileName_ActOnExactlyTheNamedGpo(string name)
    {
        // Arrange
        var client = lab.CreateClient();
        var id = await lab.NewGpoAsync(name);
        await lab.NewGpoAsync(name.Length < 250 ? name + " twin" : name[..^1]); // a near miss that must stay untouched
        var before = PolicyFile.Versions(lab.DataDirectory);
        var target = GpoTarget.ByName(name);

        // Act
        var applied = await client.ApplyAsync(target, PolicyScope.User, new AutoenrollmentSettings(), CancellationToken.None);
        var read = await client.ReadAsync(target, PolicyScope.User, CancellationToken.None);
        var afterApply = PolicyFile.Versions(lab.DataDirectory);
        var removed = await client.RemoveAsync(target, PolicyScope.User, CancellationToken.None);

        // Assert
        Assert.Equal(id, applied.GpoId);
        Assert.Equal(name, read.GpoName);
        Assert.Equal(7u, read.AePolicy);
        Assert.Equal(before.Keys.Order(), afterApply.Keys.Order());
        Assert.All(before.Where(v => v.Key != id), v => Assert.Equal(v.Value, afterApply[v.Key]));
        Assert.NotEqual(before[id], afterApply[id]);
        Assert.True(removed.Changed);
        Assert.Empty(PolicyFile.Values(lab.DataDirectory, id, PolicyScope.User));
    }

    [Fact]
    public void HostileNames_LongestCase_IsTheGpoNameLimit()
    {
        // Act
        var longest = HostileNames().Cast<object[]>().Max(row => ((string)row[0]).Length);

        // Assert
        Assert.Equal(255, longest);
    }

    [Theory]
    [InlineData("Line\nbreak")]
    [InlineData("Tab\there")]
    [InlineData("Nul\0byte")]
    [InlineData("Escape\u001b[31m")]
    public async Task ApplyAsync_NameWithControlCharacter_FailsValidationNamingGpoName(string name)
    {
        // Arrange
        var client = lab.CreateClient();
        var before = PolicyFile.Versions(lab.DataDirectory);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.ApplyAsync(GpoTarget.ByName(name), PolicyScope.User, new AutoenrollmentSettings(), CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.InvalidRequest, error.Code);
        Assert.Equal("gpoName", Assert.Single(error.Failures).Field);
        Assert.Contains("control character", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, PolicyFile.Versions(lab.DataDirectory));
    }
}
