using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using LabDomainController.GroupPolicyModule.GpoSecurity;
using Microsoft.GroupPolicy;

namespace LabDomainController.Tests.GroupPolicyModule.GpoSecurity;

public sealed class GpoPermissionLevelsTests
{
    private const string Sid = "S-1-5-21-1-2-3-1300";
    private const string Apply = "edacfd8f-ffb3-11d1-b41d-00a0c968f939";

    [Theory]
    [InlineData("(A;CI;LCRPLORC;;;" + Sid + ")", "GpoRead")]
    [InlineData("(A;CI;CCDCLCSWRPWPLORC;;;" + Sid + ")", "GpoEdit")]
    [InlineData("(A;CI;CCDCLCSWRPWPDTLOSDRCWDWO;;;" + Sid + ")", "GpoEditDeleteModifySecurity")]
    [InlineData("(A;CI;LCRPLORC;;;" + Sid + ")(OA;CI;CR;" + Apply + ";;" + Sid + ")", "GpoApply")]
    [InlineData("(A;CI;CCDCLCSWRPWPLORC;;;" + Sid + ")(OA;CI;CR;" + Apply + ";;" + Sid + ")", "GpoApply,GpoEdit")]
    [InlineData("(A;CI;RPWP;;;" + Sid + ")", "GpoCustom")]
    [InlineData("(A;CI;CCDCLCSWRPWPDTLOSDRCWD;;;" + Sid + ")", "GpoCustom")]
    [InlineData("(D;CI;WP;;;" + Sid + ")", "GpoCustom:denied")]
    [InlineData("(OD;CI;CR;" + Apply + ";;" + Sid + ")", "GpoApply:denied")]
    [InlineData("(A;CIIO;CCDCLCSWRPWPDTLOSDRCWDWO;;;" + Sid + ")", "")]
    public void Of_Dacl_ShowsTheLevelsGpmcShows(string aces, string expected)
    {
        var descriptor = new LabActiveDirectorySecurity("O:DAG:DAD:P" + aces, _ => null);

        var levels = GpoPermissionLevels.Of(descriptor).Select(l => l.Permission + (l.Denied ? ":denied" : string.Empty));

        Assert.Equal(expected, string.Join(',', levels));
    }

    [Fact]
    public void Set_LowerLevelWithoutReplace_ChangesNothing()
    {
        var descriptor = new LabActiveDirectorySecurity("O:DAG:DAD:P(A;CI;CCDCLCSWRPWPLORC;;;" + Sid + ")", _ => null);

        Assert.False(GpoPermissionLevels.Set(descriptor, Sid, GPPermissionType.GpoRead, replace: false));
        Assert.True(GpoPermissionLevels.Set(descriptor, Sid, GPPermissionType.GpoRead, replace: true));
        Assert.Equal(GPPermissionType.GpoRead, GpoPermissionLevels.DelegationOf(descriptor, Sid));
    }
}
