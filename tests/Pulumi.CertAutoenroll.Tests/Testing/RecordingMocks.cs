using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi.CertAutoenroll.Tests.Testing;

/// <summary>
/// Mocks the engine: records every registration and answers like the provider would for the
/// Default Domain Policy (its GUID, AEPolicy 7 for Enabled with both boxes), a new GPO
/// (<see cref="CreatedGpoId"/>), links and template rights in the lab domain.
/// </summary>
internal sealed class RecordingMocks : IMocks
{
    public const string DefaultDomainPolicyId = "{31B2F340-016D-11D2-945F-00C04FB984F9}";
    public const string CreatedGpoId = "{5A8E4C1D-2B3F-4E6A-9C7D-0F1E2D3C4B5A}";
    public const string DomainUsersSid = "S-1-5-21-1004336348-1177238915-682003330-513";
    public const string Domain = "lab.test";
    public const int EnabledWithBothBoxes = 7;

    private readonly ConcurrentQueue<MockResourceArgs> _resources = new();
    private readonly ConcurrentQueue<MockRegisterResourceOutputsRequest> _outputs = new();

    public IReadOnlyList<MockResourceArgs> Resources => [.. _resources];

    public IReadOnlyList<MockRegisterResourceOutputsRequest> RegisteredOutputs => [.. _outputs];

    public IReadOnlyList<MockResourceArgs> OfType(string type) => [.. _resources.Where(r => r.Type == type)];

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        _resources.Enqueue(args);
        return Task.FromResult(args.Type switch
        {
            "certautoenroll:index:AutoenrollmentPolicy" => PolicyState(args),
            "certautoenroll:index:GroupPolicy" => GpoState(args),
            "certautoenroll:index:GroupPolicyLink" => LinkState(args),
            "certautoenroll:index:CertificateTemplateAccess" => TemplateAccessState(args),
            "pulumi:providers:certautoenroll" => ((string?)"provider-id", (object)args.Inputs),
            _ => ((string?)null, (object)args.Inputs),
        });
    }

    public Task<object> CallAsync(MockCallArgs args) =>
        throw new NotSupportedException($"The SDK makes no calls; got {args.Token}.");

    public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args)
    {
        _outputs.Enqueue(args);
        return Task.CompletedTask;
    }

    private static (string? id, object state) PolicyState(MockResourceArgs args)
    {
        var gpoId = args.Inputs.TryGetValue("gpoId", out var id) ? (string)id : DefaultDomainPolicyId;
        var scope = args.Inputs.TryGetValue("scope", out var s) ? (string)s : "User";
        var state = args.Inputs
            .SetItem("gpoId", gpoId)
            .SetItem("aePolicy", EnabledWithBothBoxes)
            .SetItem("registryKey", @"HKCU\Software\Policies\Microsoft\Cryptography\AutoEnrollment")
            .SetItem("unmanagedValues", ImmutableArray<object>.Empty);
        return ($"{gpoId}/{scope}", state);
    }

    private static (string? id, object state) GpoState(MockResourceArgs args)
    {
        var state = args.Inputs
            .SetItem("gpoId", CreatedGpoId)
            .SetItem("status", args.Inputs.GetValueOrDefault("status") ?? "AllSettingsEnabled")
            .SetItem("domain", Domain)
            .SetItem("path", $"cn={CreatedGpoId},cn=policies,cn=system,DC=lab,DC=test");
        return (CreatedGpoId, state);
    }

    private static (string? id, object state) LinkState(MockResourceArgs args)
    {
        var gpoId = args.Inputs.TryGetValue("gpoId", out var id) ? (string)id : DefaultDomainPolicyId;
        var target = (string)args.Inputs["target"];
        var state = args.Inputs
            .SetItem("gpoId", gpoId)
            .SetItem("enabled", args.Inputs.GetValueOrDefault("enabled") ?? true)
            .SetItem("enforced", args.Inputs.GetValueOrDefault("enforced") ?? false)
            .SetItem("order", args.Inputs.GetValueOrDefault("order") ?? 1);
        return ($"{gpoId}/{target}", state);
    }

    private static (string? id, object state) TemplateAccessState(MockResourceArgs args)
    {
        var template = (string)args.Inputs["template"];
        var state = args.Inputs
            .SetItem("templateDn", $"CN={template},CN=Certificate Templates,CN=Public Key Services,CN=Services,CN=Configuration,DC=lab,DC=test")
            .SetItem("principalSid", DomainUsersSid)
            .SetItem("otherAccess", ImmutableArray<object>.Empty);
        return ($"{template}/{DomainUsersSid}", state);
    }
}
