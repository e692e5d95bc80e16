using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.ActiveDirectory;

public sealed class LabAccountsTests : IDisposable
{
    private readonly TemporaryDataDirectory _directory = new();

    [Fact]
    public void Ensure_StandardAccount_HasOnlyDomainUsersAndTheLogonSidsInItsToken()
    {
        // Act
        LabAccounts.Ensure(_directory.Path, "reader", administrator: false);

        // Assert
        var store = new AdStore(_directory.Path);
        var token = LabLogon.TokenOf(store, "READER");
        var user = store.All().Single(e => e.SamAccountName == "reader");
        Assert.Equal(
            new[] { "S-1-1-0", "S-1-5-11", "S-1-5-2", user.Sid!, LabDirectory.Sid(513) }.Order(StringComparer.Ordinal),
            token.Order(StringComparer.Ordinal));
        Assert.Equal("reader@lab.test", user.UserPrincipalName);
    }

    [Fact]
    public void Ensure_AdministratorOfAnOlderDataFolder_GetsItsGroupsBack()
    {
        // Arrange: the built-in Administrator as a data folder from before memberships were kept holds it.
        var store = new AdStore(_directory.Path);
        LabAccounts.Ensure(_directory.Path, "reader", administrator: false);
        var administrator = store.All().Single(e => e.SamAccountName == "Administrator");
        administrator.MemberOf = null;
        store.Save(administrator);

        // Act
        LabAccounts.Ensure(_directory.Path, "Administrator", administrator: true);

        // Assert
        var token = LabLogon.TokenOf(store, "Administrator");
        Assert.Contains(LabDirectory.Sid(512), token);
        Assert.Contains(LabDirectory.Sid(519), token);
        Assert.Contains(LabDirectory.Sid(520), token);
    }

    [Fact]
    public void TokenOf_UnknownAccount_HasOnlyTheLogonSids()
    {
        LabAccounts.Ensure(_directory.Path, "reader", administrator: false);

        var token = LabLogon.TokenOf(new AdStore(_directory.Path), "nobody");

        Assert.Equal(new[] { "S-1-1-0", "S-1-5-11", "S-1-5-2" }, token.Order(StringComparer.Ordinal));
    }

    public void Dispose() => _directory.Dispose();
}
