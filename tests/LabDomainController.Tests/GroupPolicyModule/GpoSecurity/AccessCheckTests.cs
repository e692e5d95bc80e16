using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;

namespace LabDomainController.Tests.GroupPolicyModule.GpoSecurity;

public sealed class AccessCheckTests
{
    private const string User = "S-1-5-21-1-2-3-1111";
    private const string Group = "S-1-5-21-1-2-3-1200";

    private static readonly HashSet<string> Token = new(StringComparer.OrdinalIgnoreCase) { User, Group, "S-1-5-11" };

    [Theory]
    [InlineData("O:DAG:DAD:P(A;CI;RPLCLORC;;;AU)", AccessCheck.WriteProperty, false)]
    [InlineData("O:DAG:DAD:P(A;CI;RPLCLORC;;;AU)", AccessCheck.ReadProperty, true)]
    [InlineData("O:DAG:DAD:P(A;CI;RPWPLCLORC;;;" + Group + ")", AccessCheck.WriteProperty, true)]
    [InlineData("O:DAG:DAD:P(D;;WP;;;" + User + ")(A;CI;RPWPLCLORC;;;" + Group + ")", AccessCheck.WriteProperty, false)]
    [InlineData("O:DAG:DAD:P(A;CIIO;RPWPLCLORC;;;" + Group + ")", AccessCheck.WriteProperty, false)]
    [InlineData("O:DAG:DAD:P(A;;GA;;;" + User + ")", AccessCheck.WriteDac | AccessCheck.Delete, true)]
    [InlineData("O:DAG:DAD:P(A;;GW;;;" + User + ")", AccessCheck.WriteProperty, true)]
    [InlineData("O:DAG:DAD:P(OA;;WP;bf967a86-0de6-11d0-a285-00aa003049e2;;" + User + ")", AccessCheck.WriteProperty, false)]
    [InlineData("O:" + User + "G:DAD:P(A;;RPLCLORC;;;AU)", AccessCheck.WriteDac, true)]
    public void Grants_Descriptor_DecidesAsWindowsAccessCheck(string sddl, int wanted, bool granted) =>
        Assert.Equal(granted, AccessCheck.Grants(sddl, Token, wanted));

    [Fact]
    public void Grants_ObjectAceForTheClassAsked_Counts()
    {
        var policyClass = Guid.Parse("f30e3bc2-9ff0-11d1-b603-0000f80367c1");
        var sddl = "O:DAG:DAD:P(OA;;CC;f30e3bc2-9ff0-11d1-b603-0000f80367c1;;" + Group + ")";

        Assert.True(AccessCheck.Grants(sddl, Token, AccessCheck.CreateChild, policyClass));
        Assert.False(AccessCheck.Grants(sddl, Token, AccessCheck.CreateChild, Guid.NewGuid()));
    }
}
