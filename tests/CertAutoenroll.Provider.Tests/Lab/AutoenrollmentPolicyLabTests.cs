using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using LabDomainController.GroupPolicyModule.Sysvol;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>The resource lifecycle against the lab DC over WinRM (NTLM, sealed http), as pulumi up/refresh/import/destroy drive it.</summary>
public sealed class AutoenrollmentPolicyLabTests(LabProviderFixture lab) : IClassFixture<LabProviderFixture>
{
    private const string UserKey = @"HKCU\" + LabProviderFixture.PolicyKey;
    private const string ComputerKey = @"HKLM\" + LabProviderFixture.PolicyKey;

    [Fact]
    public async Task Create_NewPolicy_WritesAePolicyAndReturnsResolvedOutputs()
    {
        var gpo = lab.CreateGpo("Up Policy");
        await using var session = await lab.StartProviderAsync();

        var response = await PolicyRequests.UpAsync(session, "up", Structs.Of(("gpoName", "Up Policy")));

        Assert.Equal($"{gpo.ToString("B").ToUpperInvariant()}/User", response.Id);
        var outputs = response.Properties.Fields;
        Assert.Equal(gpo.ToString("B").ToUpperInvariant(), outputs["gpoId"].StringValue);
        Assert.Equal("lab.test", outputs["domain"].StringValue, ignoreCase: true);
        Assert.Equal(7, outputs["aePolicy"].NumberValue);
        Assert.Equal(UserKey, outputs["registryKey"].StringValue);
        Assert.Equal(7u, lab.RegistryValue(gpo, GpoSection.User, LabProviderFixture.PolicyKey, "AEPolicy"));
        Assert.Contains(session.Engine.Logs, l => l.Ephemeral && l.Urn == ProviderSession.Urn("up") && l.Message.Contains("AEPolicy", StringComparison.Ordinal));
        Assert.Contains(session.Engine.Logs, l => l.Message.Contains("Connecting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_EngineSlowToAnswerLogs_StartsTheDcWorkAtOnceAndDeliversItsLinesInOrderBeforeItReturns()
    {
        lab.CreateGpo("Slow Engine Policy");
        await using var session = await lab.StartProviderAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var before = await lab.Lab.GetCountersAsync(timeout.Token);
        var logsBefore = session.Engine.Logs.Count;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Engine.Logs.HoldRepliesUntil(release.Task);

        var up = PolicyRequests.UpAsync(session, "slow", Structs.Of(("gpoName", "Slow Engine Policy")));
        while ((await lab.Lab.GetCountersAsync(timeout.Token)).ShellsCreated == before.ShellsCreated)
        {
            await Task.Delay(50, timeout.Token);
        }

        // The DC is at work while the engine has not answered the first progress line, so no later line was sent yet.
        Assert.False(up.IsCompleted);
        Assert.Equal(logsBefore + 1, session.Engine.Logs.Count);
        release.SetResult();
        await up.WaitAsync(timeout.Token);
        var lines = session.Engine.Logs.Skip(logsBefore).Select(l => l.Message).ToList();
        var connecting = lines.FindIndex(m => m.StartsWith("Connecting", StringComparison.Ordinal));
        var applied = lines.FindIndex(m => m.Contains("AEPolicy", StringComparison.Ordinal));
        Assert.Equal(0, connecting);
        Assert.True(applied > connecting + 1, string.Join(" | ", lines));
    }

    [Fact]
    public async Task Read_AfterHandEditInGpmc_ReturnsDriftAndDiffShowsIt()
    {
        lab.CreateGpo("Drift Policy");
        await using var session = await lab.StartProviderAsync();
        var inputs = await session.CheckedAsync("drift", Structs.Of(("gpoName", "Drift Policy")));
        var created = await PolicyRequests.UpAsync(session, "drift", inputs);
        await lab.RunPowerShellAsync($"Set-GPRegistryValue -Name 'Drift Policy' -Key '{UserKey}' -ValueName AEPolicy -Type DWord -Value 1 | Out-Null");

        var read = await PolicyRequests.RefreshAsync(session, "drift", created.Id, inputs, created.Properties);
        var diff = await PolicyRequests.DiffAsync(session, "drift", read.Id, read.Inputs, read.Properties, inputs);

        Assert.Equal(created.Id, read.Id);
        Assert.Equal(1, read.Properties.Fields["aePolicy"].NumberValue);
        Assert.False(read.Inputs.Fields["renewExpiredCertificates"].BoolValue);
        Assert.Equal("Drift Policy", read.Inputs.Fields["gpoName"].StringValue);
        Assert.Equal(["renewExpiredCertificates"], diff.Diffs);
        Assert.Empty(diff.Replaces);
    }

    [Fact]
    public async Task Read_ImportByNameOfExistingPolicy_ReturnsInputsBuiltFromDc()
    {
        var gpo = lab.CreateGpo("Import Policy");
        await lab.RunPowerShellAsync(
            $"Set-GPRegistryValue -Name 'Import Policy' -Key '{ComputerKey}' -ValueName AEPolicy -Type DWord -Value 7 | Out-Null; "
            + $"Set-GPRegistryValue -Name 'Import Policy' -Key '{ComputerKey}' -ValueName OfflineExpirationPercent -Type DWord -Value 15 | Out-Null; "
            + $"Set-GPRegistryValue -Name 'Import Policy' -Key '{ComputerKey}' -ValueName OfflineExpirationStoreNames -Type String -Value 'MY' | Out-Null");
        await using var session = await lab.StartProviderAsync();

        var read = await PolicyRequests.ImportAsync(session, "imported", "Import Policy/Computer");
        var check = await session.CheckAsync("imported", read.Inputs);

        Assert.Equal($"{gpo.ToString("B").ToUpperInvariant()}/Computer", read.Id);
        var inputs = read.Inputs.Fields;
        Assert.Equal("Import Policy", inputs["gpoName"].StringValue);
        Assert.Equal("Computer", inputs["scope"].StringValue);
        Assert.Equal("Enabled", inputs["configurationModel"].StringValue);
        Assert.True(inputs["renewExpiredCertificates"].BoolValue);
        Assert.True(inputs["updateCertificatesThatUseTemplates"].BoolValue);
        Assert.Equal(15, inputs["expirationNotification"].StructValue.Fields["percentage"].NumberValue);
        Assert.Empty(check.Failures);
    }

    [Fact]
    public async Task Read_GpoOrPolicyAbsent_ReturnsEmptyId()
    {
        lab.CreateGpo("Empty Policy");
        await using var session = await lab.StartProviderAsync();

        var missingGpo = await PolicyRequests.ImportAsync(session, "gone", $"{Guid.NewGuid():B}/User");
        var notConfigured = await PolicyRequests.ImportAsync(session, "gone", "Empty Policy/User");

        Assert.Equal(string.Empty, missingGpo.Id);
        Assert.Equal(string.Empty, notConfigured.Id);
    }

    [Fact]
    public async Task Update_ToDisabledWithNotification_WritesNewValues()
    {
        var gpo = lab.CreateGpo("Update Policy");
        await using var session = await lab.StartProviderAsync();
        var olds = await session.CheckedAsync("upd", Structs.Of(("gpoName", "Update Policy"), ("scope", "Computer")));
        var created = await PolicyRequests.UpAsync(session, "upd", olds);
        var news = await session.CheckedAsync("upd", Structs.Of(("gpoName", "Update Policy"), ("scope", "Computer"), ("updateCertificatesThatUseTemplates", false),
            ("expirationNotification", Structs.Of(("percentage", 25)))));

        var diff = await PolicyRequests.DiffAsync(session, "upd", created.Id, olds, created.Properties, news);
        var updated = await session.Client.UpdateAsync(new UpdateRequest
        {
            Id = created.Id,
            Urn = ProviderSession.Urn("upd"),
            Type = ProviderSession.PolicyType,
            Olds = created.Properties,
            OldInputs = olds,
            News = news,
        });

        Assert.Equal(["expirationNotification", "updateCertificatesThatUseTemplates"], diff.Diffs.Order(StringComparer.Ordinal));
        Assert.Empty(diff.Replaces);
        Assert.Equal(6, updated.Properties.Fields["aePolicy"].NumberValue);
        Assert.Equal(6u, lab.RegistryValue(gpo, GpoSection.Machine, LabProviderFixture.PolicyKey, "AEPolicy"));
        Assert.Equal(25u, lab.RegistryValue(gpo, GpoSection.Machine, LabProviderFixture.PolicyKey, "OfflineExpirationPercent"));
    }

    [Fact]
    public async Task Diff_OtherGpoAfterCreate_Replaces()
    {
        lab.CreateGpo("Replace Policy A");
        await using var session = await lab.StartProviderAsync();
        var olds = await session.CheckedAsync("rep", Structs.Of(("gpoName", "Replace Policy A")));
        var created = await PolicyRequests.UpAsync(session, "rep", olds);
        var news = await session.CheckedAsync("rep", Structs.Of(("gpoName", "Replace Policy B")));

        var diff = await PolicyRequests.DiffAsync(session, "rep", created.Id, olds, created.Properties, news);

        Assert.Equal(["gpoName"], diff.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, diff.DetailedDiff["gpoName"].Kind);
    }

    [Fact]
    public async Task Delete_PolicyBesideOtherSettings_RemovesOnlyItsValuesAndIsIdempotent()
    {
        var gpo = lab.CreateGpo("Delete Policy");
        await lab.RunPowerShellAsync(
            @"Set-GPRegistryValue -Name 'Delete Policy' -Key 'HKCU\Software\Policies\Contoso\Desktop' -ValueName Wallpaper -Type String -Value 'corp.png' | Out-Null; "
            + $"Set-GPRegistryValue -Name 'Delete Policy' -Key '{UserKey}' -ValueName CustomFlag -Type DWord -Value 3 | Out-Null");
        await using var session = await lab.StartProviderAsync();
        var created = await PolicyRequests.UpAsync(session, "del", Structs.Of(("gpoName", "Delete Policy"), ("expirationNotification", new Struct())));

        await PolicyRequests.DeleteAsync(session, "del", created.Id, created.Properties);
        await PolicyRequests.DeleteAsync(session, "del", created.Id, created.Properties);
        var read = await PolicyRequests.ImportAsync(session, "del", created.Id);

        Assert.Single(created.Properties.Fields["unmanagedValues"].ListValue.Values);
        Assert.Null(lab.RegistryValue(gpo, GpoSection.User, LabProviderFixture.PolicyKey, "AEPolicy"));
        Assert.Null(lab.RegistryValue(gpo, GpoSection.User, LabProviderFixture.PolicyKey, "OfflineExpirationPercent"));
        Assert.Equal(3u, lab.RegistryValue(gpo, GpoSection.User, LabProviderFixture.PolicyKey, "CustomFlag"));
        Assert.Equal("corp.png", lab.RegistryValue(gpo, GpoSection.User, @"Software\Policies\Contoso\Desktop", "Wallpaper"));
        Assert.Equal(string.Empty, read.Id);
    }

    [Fact]
    public async Task Create_TwentyResourcesOnFourGposConcurrently_EveryValuePresent()
    {
        var gpos = Enumerable.Range(1, 4).Select(i => (Name: $"Concurrent Policy {i}", Id: lab.CreateGpo($"Concurrent Policy {i}"))).ToList();
        await using var session = await lab.StartProviderAsync();
        var policies = gpos.SelectMany(g => new[] { "User", "Computer" }.Select(scope => (g.Name, g.Id, Scope: scope))).ToList();
        var percentages = policies.Select((_, i) => 11 + i).ToList();

        // 8 distinct policies, each declared by 2 or 3 resources (same settings), 20 Create calls in all.
        var creates = Enumerable.Range(0, 20).Select(i =>
        {
            var policy = policies[i % policies.Count];
            return PolicyRequests.UpAsync(session, $"c{i}", Structs.Of(("gpoName", policy.Name), ("scope", policy.Scope),
                ("expirationNotification", Structs.Of(("percentage", percentages[i % policies.Count])))));
        });
        var responses = await Task.WhenAll(creates);

        Assert.All(responses, r => Assert.Equal(7, r.Properties.Fields["aePolicy"].NumberValue));
        for (var i = 0; i < policies.Count; i++)
        {
            var section = policies[i].Scope == "User" ? GpoSection.User : GpoSection.Machine;
            Assert.Equal(7u, lab.RegistryValue(policies[i].Id, section, LabProviderFixture.PolicyKey, "AEPolicy"));
            Assert.Equal((uint)percentages[i], lab.RegistryValue(policies[i].Id, section, LabProviderFixture.PolicyKey, "OfflineExpirationPercent"));
            Assert.Equal("MY", lab.RegistryValue(policies[i].Id, section, LabProviderFixture.PolicyKey, "OfflineExpirationStoreNames"));
        }
    }

    [Fact]
    public async Task Create_UnknownGpo_FailsWithNotFoundNamingGpoAndHost()
    {
        await using var session = await lab.StartProviderAsync();

        var error = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => PolicyRequests.UpAsync(session, "nope", Structs.Of(("gpoName", "No Such Policy"))));

        Assert.Equal(Grpc.Core.StatusCode.NotFound, error.StatusCode);
        Assert.Contains("No Such Policy", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", error.Status.Detail, StringComparison.Ordinal);
    }
}
