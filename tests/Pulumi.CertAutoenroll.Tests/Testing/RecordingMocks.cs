using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi.CertAutoenroll.Tests.Testing;

/// <summary>
/// Mocks the engine: records every registration and answers like the provider would for the
/// Default Domain Policy (its GUID, AEPolicy 7 for Enabled with both boxes).
/// </summary>
internal sealed class RecordingMocks : IMocks
{
    public const string DefaultDomainPolicyId = "{31B2F340-016D-11D2-945F-00C04FB984F9}";
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
}
