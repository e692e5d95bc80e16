using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace CertAutoenroll.Provider.Tests.Resources;

public sealed class AutoenrollmentPolicyDiffTests
{
    private const string GpoId = "{31B2F340-016D-11D2-945F-00C04FB984F9}";

    [Fact]
    public async Task Diff_SameInputs_ReturnsNone()
    {
        await using var session = await InProcessProvider.StartAsync();
        var inputs = await session.CheckedAsync("p", Structs.Of(("gpoName", "Default Domain Policy")));

        var response = await DiffAsync(session, inputs, inputs);

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, response.Changes);
        Assert.Empty(response.Diffs);
    }

    [Fact]
    public async Task Diff_BoxChanged_UpdatesInPlace()
    {
        await using var session = await InProcessProvider.StartAsync();
        var olds = await session.CheckedAsync("p", Structs.Of(("gpoName", "Default Domain Policy")));
        var news = await session.CheckedAsync("p", Structs.Of(("gpoName", "Default Domain Policy"), ("renewExpiredCertificates", false)));

        var response = await DiffAsync(session, olds, news);

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, response.Changes);
        Assert.True(response.HasDetailedDiff);
        Assert.Equal(["renewExpiredCertificates"], response.Diffs);
        Assert.Equal(Kind.Update, response.DetailedDiff["renewExpiredCertificates"].Kind);
        Assert.Empty(response.Replaces);
    }

    [Fact]
    public async Task Diff_NotificationAdded_ReportsAdd()
    {
        await using var session = await InProcessProvider.StartAsync();
        var olds = await session.CheckedAsync("p", Structs.Of(("gpoName", "G")));
        var news = await session.CheckedAsync("p", Structs.Of(("gpoName", "G"), ("expirationNotification", Structs.Of(("percentage", 20)))));

        var response = await DiffAsync(session, olds, news);

        Assert.Equal(Kind.Add, response.DetailedDiff["expirationNotification"].Kind);
        Assert.Empty(response.Replaces);
    }

    [Theory]
    [InlineData("gpoName", "Other Policy")]
    [InlineData("scope", "Computer")]
    public async Task Diff_GpoOrScopeChanged_Replaces(string key, string value)
    {
        await using var session = await InProcessProvider.StartAsync();
        var olds = await session.CheckedAsync("p", Structs.Of(("gpoName", "Default Domain Policy")));
        var news = olds.Clone();
        news.Fields[key] = Value.ForString(value);

        var response = await DiffAsync(session, olds, news);

        Assert.Equal([key], response.Replaces);
        Assert.Equal(Kind.UpdateReplace, response.DetailedDiff[key].Kind);
    }

    [Fact]
    public async Task Diff_SameGpoNamedByIdInsteadOfName_ReturnsNone()
    {
        await using var session = await InProcessProvider.StartAsync();
        var olds = await session.CheckedAsync("p", Structs.Of(("gpoName", "Default Domain Policy")));
        var news = await session.CheckedAsync("p", Structs.Of(("gpoId", GpoId)));

        var response = await DiffAsync(session, olds, news);

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, response.Changes);
    }

    [Fact]
    public async Task Diff_UnknownNewValue_CountsAsChanged()
    {
        await using var session = await InProcessProvider.StartAsync();
        var olds = await session.CheckedAsync("p", Structs.Of(("gpoName", "G")));
        var news = olds.Clone();
        news.Fields["updateCertificatesThatUseTemplates"] = Value.ForString("1c4a061d-8072-4f0a-a4cb-0ff528b18fe7");

        var response = await DiffAsync(session, olds, news);

        Assert.Equal(["updateCertificatesThatUseTemplates"], response.Diffs);
    }

    private static async Task<DiffResponse> DiffAsync(ProviderConnection session, Struct oldInputs, Struct news)
    {
        var oldOutputs = oldInputs.Clone();
        oldOutputs.Fields["gpoId"] = Value.ForString(GpoId);
        oldOutputs.Fields["gpoName"] = Value.ForString("Default Domain Policy");
        return await session.Client.DiffAsync(new DiffRequest
        {
            Id = GpoId + "/User",
            Urn = ProviderSession.Urn("p"),
            Type = ProviderSession.PolicyType,
            Olds = oldOutputs,
            OldInputs = oldInputs,
            News = news,
        });
    }
}
