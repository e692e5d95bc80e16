using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

namespace LabDomainController.Tests.GroupPolicyModule.ActiveDirectory;

public sealed class DirectoryStoreTests
{
    [Theory]
    [InlineData("OU=Staff,DC=lab,DC=test", "ou = staff , dc=LAB,dc=test")]
    [InlineData(@"OU=R&D\, Labs,DC=lab,DC=test", @"ou=r&d\2C Labs,DC=lab,DC=test")]
    [InlineData(@"OU=x\ ,DC=lab,DC=test", @"OU=X\ ,DC=lab,DC=test")]
    public void AreEqual_SameDnSpelledDifferently_IsTrue(string left, string right) =>
        Assert.True(DistinguishedNames.AreEqual(left, right));

    [Theory]
    [InlineData(@"OU=x ,DC=lab,DC=test", @"OU=x\ ,DC=lab,DC=test")]
    [InlineData("OU=Staff,DC=lab,DC=test", "OU=Staff,DC=lab,DC=other")]
    public void AreEqual_DifferentDns_IsFalse(string left, string right) =>
        Assert.False(DistinguishedNames.AreEqual(left, right));

    [Theory]
    [InlineData("Staff")]
    [InlineData("OU=a,b,DC=lab")]
    [InlineData("OU=a=b,DC=lab")]
    [InlineData(@"OU=a\")]
    public void Canonical_NoDn_IsNull(string text) => Assert.Null(DistinguishedNames.Canonical(text));

    [Fact]
    public void Format_LinksInOrder_WritesTheLastOrderFirstWithFlags()
    {
        // Arrange
        var one = Guid.Parse("11111111-1111-1111-1111-111111111111");
        var two = Guid.Parse("22222222-2222-2222-2222-222222222222");

        // Act
        var text = GpLinks.Format([new GpLinkEntry(one, Enabled: false, Enforced: false), new GpLinkEntry(two, Enabled: true, Enforced: true)]);

        // Assert
        Assert.Equal("[LDAP://cn={22222222-2222-2222-2222-222222222222},cn=policies,cn=system,DC=lab,DC=test;2][LDAP://cn={11111111-1111-1111-1111-111111111111},cn=policies,cn=system,DC=lab,DC=test;1]", text);
        Assert.Equal([new GpLinkEntry(one, false, false), new GpLinkEntry(two, true, true)], GpLinks.Parse(text));
    }

    [Theory]
    [InlineData("OA;;CR;0e10c968-78fb-11d2-90d4-00c04f79dc55;;S-1-5-21-3623811015-3361044348-30300820-513", "(OA;;CR;0e10c968-78fb-11d2-90d4-00c04f79dc55;;DU)")]
    [InlineData("A;;RPLCLORC;;;AU", "(A;;LCRPLORC;;;AU)")]
    [InlineData("A;CIID;0x20094;;;S-1-5-21-1-2-3-1000", "(A;CIID;LCRPLORC;;;S-1-5-21-1-2-3-1000)")]
    public void Parse_Ace_PrintsAsWindowsDoes(string ace, string printed) =>
        Assert.Equal(printed, SddlAce.Parse(ace).ToString());

    [Theory]
    [InlineData("A;;ZZ;;;DU")]
    [InlineData("A;;CR;0e10c968-78fb-11d2-90d4-00c04f79dc55;;DU")]
    [InlineData("OA;;CR;not-a-guid;;DU")]
    [InlineData("A;;CR;;;nobody")]
    [InlineData("X;;CR;;;DU")]
    public void Parse_MalformedAce_ThrowsArgumentException(string ace) =>
        Assert.Throws<ArgumentException>(() => SddlAce.Parse(ace));
}
