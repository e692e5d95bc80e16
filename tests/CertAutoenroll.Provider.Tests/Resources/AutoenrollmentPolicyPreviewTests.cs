using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Resources;

/// <summary>Previews run against a configuration whose DC does not exist: contacting it would fail them.</summary>
public sealed class AutoenrollmentPolicyPreviewTests
{
    [Fact]
    public async Task CreatePreview_ByName_ComputesLocalValuesAndLeavesDcValuesUnknown()
    {
        await using var session = await InProcessProvider.StartAsync();
        await session.ConfigureAsync(ProviderSession.UnreachableConfig());
        var inputs = await session.CheckedAsync("p", Structs.Of(("gpoName", "Default Domain Policy"), ("scope", "Computer")));

        var response = await session.Client.CreateAsync(new CreateRequest
        {
            Urn = ProviderSession.Urn("p"),
            Type = ProviderSession.PolicyType,
            Properties = inputs,
            Preview = true,
        });

        var outputs = response.Properties.Fields;
        Assert.Equal(7, outputs["aePolicy"].NumberValue);
        Assert.Equal(@"HKLM\Software\Policies\Microsoft\Cryptography\AutoEnrollment", outputs["registryKey"].StringValue);
        Assert.Equal("Default Domain Policy", outputs["gpoName"].StringValue);
        Assert.True(Structs.IsUnknown(outputs["gpoId"]));
        Assert.True(Structs.IsUnknown(outputs["domain"]));
        Assert.True(Structs.IsUnknown(outputs["unmanagedValues"]));
    }

    [Fact]
    public async Task CreatePreview_UnknownModel_LeavesAePolicyUnknown()
    {
        await using var session = await InProcessProvider.StartAsync();
        await session.ConfigureAsync(ProviderSession.UnreachableConfig());
        var inputs = await session.CheckedAsync("p", Structs.Of(("gpoName", "G"), ("configurationModel", Structs.Unknown())));

        var response = await session.Client.CreateAsync(new CreateRequest { Urn = ProviderSession.Urn("p"), Type = ProviderSession.PolicyType, Properties = inputs, Preview = true });

        Assert.True(Structs.IsUnknown(response.Properties.Fields["aePolicy"]));
    }

    [Fact]
    public async Task UpdatePreview_Disabled_KeepsResolvedGpoAndComputesAePolicy()
    {
        await using var session = await InProcessProvider.StartAsync();
        await session.ConfigureAsync(ProviderSession.UnreachableConfig());
        var news = await session.CheckedAsync("p", Structs.Of(("gpoName", "G"), ("configurationModel", "Disabled")));
        var olds = Structs.Of(("gpoName", "G"), ("gpoId", "{6AC1786C-016F-11D2-945F-00C04FB984F9}"), ("domain", "lab.test"), ("unmanagedValues", Value.ForList()));

        var response = await session.Client.UpdateAsync(new UpdateRequest
        {
            Id = "{6AC1786C-016F-11D2-945F-00C04FB984F9}/User",
            Urn = ProviderSession.Urn("p"),
            Type = ProviderSession.PolicyType,
            Olds = olds,
            OldInputs = olds,
            News = news,
            Preview = true,
        });

        var outputs = response.Properties.Fields;
        Assert.Equal(0x8000, outputs["aePolicy"].NumberValue);
        Assert.Equal("{6AC1786C-016F-11D2-945F-00C04FB984F9}", outputs["gpoId"].StringValue);
        Assert.Equal("lab.test", outputs["domain"].StringValue);
    }
}
