using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.Tests.GroupPolicyModule.Sysvol;

public sealed class GpoVersionTests
{
    [Fact]
    public void Packed_UserAndComputer_PutsUserInHighHalf()
    {
        var version = new GpoVersion(User: 2, Computer: 5);

        Assert.Equal(0x00020005u, version.Packed);
    }

    [Fact]
    public void FromPacked_Number_SplitsHalves()
    {
        var version = GpoVersion.FromPacked(65537 * 3);

        Assert.Equal(new GpoVersion(3, 3), version);
    }

    [Theory]
    [InlineData(GpoSection.User, 2, 5)]
    [InlineData(GpoSection.Machine, 1, 6)]
    public void Bump_Section_IncrementsOnlyThatHalf(GpoSection section, int user, int computer)
    {
        var version = new GpoVersion(1, 5).Bump(section);

        Assert.Equal(new GpoVersion(user, computer), version);
    }

    [Fact]
    public void Bump_HalfAtMaximum_WrapsWithoutTouchingTheOtherHalf()
    {
        var version = new GpoVersion(0xFFFF, 7).Bump(GpoSection.User);

        Assert.Equal(new GpoVersion(0, 7), version);
    }
}
