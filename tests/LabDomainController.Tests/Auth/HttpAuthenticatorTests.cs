using System.Text;
using LabDomainController.Auth;
using LabDomainController.Hosting;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace LabDomainController.Tests.Auth;

public sealed class HttpAuthenticatorTests
{
    private const string Password = "Lab-Pass-1234!";
    private const string LocalPassword = "Local-Pass-5678!";
    private readonly LabCounterState _counters = new();

    [Fact]
    public void Authenticate_NoHeader_UnauthorizedWithoutCountingAFailure()
    {
        var outcome = NewAuthenticator().Authenticate(NewContext(isHttps: true, authorization: null));

        Assert.Equal(AuthOutcomeKind.Unauthorized, outcome.Kind);
        Assert.Equal(0, _counters.Snapshot().AuthFailures);
    }

    [Theory]
    [InlineData("labadmin")]
    [InlineData(@".\labadmin")]
    [InlineData(@"DC01\LabAdmin")]
    public void Authenticate_BasicLocalAccountOverHttps_Authenticated(string user)
    {
        var outcome = NewAuthenticator().Authenticate(NewContext(isHttps: true, Basic(user, LocalPassword)));

        Assert.Equal(AuthOutcomeKind.Authenticated, outcome.Kind);
    }

    [Theory]
    [InlineData(@"LAB\Administrator")]
    [InlineData("Administrator@lab.test")]
    [InlineData("Administrator")]
    public void Authenticate_BasicDomainAccountWithRightPassword_FailedAndCounted(string user)
    {
        var outcome = NewAuthenticator().Authenticate(NewContext(isHttps: true, Basic(user, Password)));

        Assert.Equal(AuthOutcomeKind.Failed, outcome.Kind);
        Assert.Equal(1, _counters.Snapshot().AuthFailures);
    }

    [Fact]
    public void Authenticate_BasicWithoutLocalAccount_FailedAndBasicNotOffered()
    {
        var authenticator = new HttpAuthenticator(
            new LabCredentials(@"LAB\Administrator", Password),
            LabOptions.Parse(["--password", Password, "--data", Path.GetTempPath()]),
            _counters,
            TimeProvider.System,
            new LabChannelBinding(new byte[16], CbtHardening.Relaxed));

        var outcome = authenticator.Authenticate(NewContext(isHttps: true, Basic(@"LAB\Administrator", Password)));

        Assert.Equal(AuthOutcomeKind.Failed, outcome.Kind);
        Assert.Equal(["Negotiate", "NTLM"], authenticator.Offers(isHttps: true));
    }

    [Fact]
    public void Authenticate_BasicWrongPassword_FailedAndCountedOnce()
    {
        var outcome = NewAuthenticator().Authenticate(NewContext(isHttps: true, Basic("labadmin", "nope")));

        Assert.Equal(AuthOutcomeKind.Failed, outcome.Kind);
        Assert.Equal(1, _counters.Snapshot().AuthFailures);
    }

    [Fact]
    public void Authenticate_BasicOverHttpWithoutAllowUnencrypted_Unauthorized()
    {
        var outcome = NewAuthenticator().Authenticate(NewContext(isHttps: false, Basic("labadmin", LocalPassword)));

        Assert.Equal(AuthOutcomeKind.Unauthorized, outcome.Kind);
        Assert.Contains("--allow-unencrypted", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Offers_Http_ListsNegotiateAndNtlmButNotBasic()
    {
        var offers = NewAuthenticator().Offers(isHttps: false);

        Assert.Equal(["Negotiate", "NTLM"], offers);
    }

    [Fact]
    public void Authenticate_RawNtlmNegotiateUnderNegotiateScheme_AnswersChallengeUnderSameScheme()
    {
        using var client = new DotNetNtlmClient("NTLM", @"LAB\Administrator", Password);
        var negotiate = Convert.ToBase64String(client.Next(null, out _)!);

        var outcome = NewAuthenticator().Authenticate(NewContext(isHttps: false, "Negotiate " + negotiate));

        Assert.Equal(AuthOutcomeKind.Unauthorized, outcome.Kind);
        Assert.StartsWith("Negotiate TlRMTVNTUAACAAAA", outcome.ChallengeHeader, StringComparison.Ordinal);
    }

    private HttpAuthenticator NewAuthenticator() => new(
        new LabCredentials(@"LAB\Administrator", Password, localUserName: "labadmin", localPassword: LocalPassword),
        LabOptions.Parse(["--password", Password, "--data", Path.GetTempPath(), "--local-user", "labadmin", "--local-password", LocalPassword]),
        _counters,
        TimeProvider.System,
        new LabChannelBinding(new byte[16], CbtHardening.Relaxed));

    private static string Basic(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    private static DefaultHttpContext NewContext(bool isHttps, string? authorization)
    {
        var context = new DefaultHttpContext();
        context.Features.Set<IConnectionItemsFeature>(new ConnectionItems());
        context.Request.IsHttps = isHttps;
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        return context;
    }

    private sealed class ConnectionItems : IConnectionItemsFeature
    {
        public IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();
    }
}
