using CertAutoenroll.WinRm.Auth;
using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.WinRm.Tests.Auth;

public sealed class AuthenticationPlanTests
{
    private static WinRmConnectionOptions Options(WinRmAuthentication auth, WinRmScheme scheme, bool allowUnencrypted = false, string? user = @"LAB\admin") => new()
    {
        Host = "dc01.lab.test",
        Scheme = scheme,
        Authentication = auth,
        UserName = user,
        Password = user is null ? null : "pw",
        AllowUnencrypted = allowUnencrypted,
    };

    [Fact]
    public void From_BasicOverHttpWithoutAllowUnencrypted_ThrowsConfigurationErrorNamingField()
    {
        var exception = Assert.Throws<WinRmConfigurationException>(() => AuthenticationPlan.From(Options(WinRmAuthentication.Basic, WinRmScheme.Http)));

        Assert.Equal("allowUnencrypted", exception.Field);
        Assert.Contains("https", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_BasicOverHttpAllowed_SendsUnsealed()
    {
        var plan = AuthenticationPlan.From(Options(WinRmAuthentication.Basic, WinRmScheme.Http, allowUnencrypted: true));

        Assert.True(plan.IsBasic);
        Assert.False(plan.SealMessages);
    }

    [Fact]
    public void From_NtlmOverHttp_SealsWithNtlmPackageUnderNegotiateScheme()
    {
        var plan = AuthenticationPlan.From(Options(WinRmAuthentication.Ntlm, WinRmScheme.Http));

        Assert.Equal("NTLM", plan.Package);
        Assert.Equal("Negotiate", plan.HeaderScheme);
        Assert.True(plan.SealMessages);
        Assert.Equal("admin", plan.Credential!.UserName);
        Assert.Equal("LAB", plan.Credential.Domain);
    }

    [Fact]
    public void From_NegotiateOverHttps_UsesHttpSpnAndNoSealing()
    {
        var plan = AuthenticationPlan.From(Options(WinRmAuthentication.Negotiate, WinRmScheme.Https));

        Assert.Equal("Negotiate", plan.Package);
        Assert.False(plan.SealMessages);
        Assert.Equal("HTTP/dc01.lab.test", plan.TargetName);
    }

    [Fact]
    public void From_NtlmWithoutUser_ThrowsConfigurationErrorNamingUsername()
    {
        var exception = Assert.Throws<WinRmConfigurationException>(() => AuthenticationPlan.From(Options(WinRmAuthentication.Ntlm, WinRmScheme.Https, user: null)));

        Assert.Equal("username", exception.Field);
    }

    [Fact]
    public void From_KerberosOverHttp_ThrowsConfigurationError()
    {
        Assert.Throws<WinRmConfigurationException>(() => AuthenticationPlan.From(Options(WinRmAuthentication.Kerberos, WinRmScheme.Http)));
    }
}
