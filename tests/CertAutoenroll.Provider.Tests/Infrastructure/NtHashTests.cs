namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>The secret test relies on this hash being right; a wrong one would find nothing and prove nothing.</summary>
public sealed class NtHashTests
{
    [Fact]
    public void Hex_KnownPassword_MatchesPublishedNtHash()
    {
        var hash = NtHash.Hex("password");

        Assert.Equal("8846F7EAEE8FB117AD06BDD830B7586C", hash);
    }
}
