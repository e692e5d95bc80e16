using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Validation;
using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Resources.Common;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using static CertAutoenroll.Provider.Resources.AutoenrollmentPolicy.AutoenrollmentPolicyProperties;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>
/// Create, Read, Update and Delete of <c>certautoenroll:index:AutoenrollmentPolicy</c> through the
/// GroupPolicy client on the shared session. Previews never contact the DC.
/// </summary>
internal sealed class AutoenrollmentPolicyResource(ResourceOperations operations) : ResourceHandler
{
    public override PropertyTable Table => AutoenrollmentPolicyProperties.Table;

    public override async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var target = id.Target(operations.Domain);
        PolicyState state;
        try
        {
            state = await RunAsync("reading", target, id.Scope, request.Urn,
                client => client.ReadAsync(target, id.Scope, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return new ReadResponse(); // the GPO is gone, and the policy with it
        }

        if (state.Settings is null)
        {
            return new ReadResponse(); // "Not configured": the resource no longer exists
        }

        var inputs = AutoenrollmentPolicyReadInputs.Build(request.Inputs, id, state);
        return new ReadResponse
        {
            Id = state.ResourceId,
            Inputs = inputs,
            Properties = AutoenrollmentPolicyOutputs.FromState(inputs, state),
        };
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var target = id.Target(operations.Domain);
        try
        {
            var state = await RunAsync("deleting", target, id.Scope, request.Urn,
                client => client.RemoveAsync(target, id.Scope, cancellationToken), cancellationToken).ConfigureAwait(false);
            await ReportAePolicyAsync(state, request.Urn, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            // The GPO is gone: nothing left to remove.
        }
    }

    protected override async Task<CreateResponse> CreateRemoteAsync(CreateRequest request, Struct inputs, CancellationToken cancellationToken)
    {
        var policy = AutoenrollmentPolicyInputs.FromStruct(inputs);
        var named = AutoenrollmentPolicyInputs.Target(inputs, operations.Domain);
        var state = await RunAsync("creating", named, policy.Scope, request.Urn, async (client, gpos) =>
        {
            var target = await ResolveAsync(client, gpos, named, policy.Scope, cancellationToken).ConfigureAwait(false);
            return await client.ApplyAsync(target, policy.Scope, policy.Settings, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        await ReportAePolicyAsync(state, request.Urn, cancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = state.ResourceId, Properties = AutoenrollmentPolicyOutputs.FromState(inputs, state) };
    }

    protected override async Task<UpdateResponse> UpdateRemoteAsync(UpdateRequest request, Struct news, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var policy = AutoenrollmentPolicyInputs.FromStruct(news);
        var target = id.Target(operations.Domain);
        var state = await RunAsync("updating", target, id.Scope, request.Urn,
            client => client.ApplyAsync(target, id.Scope, policy.Settings, cancellationToken), cancellationToken).ConfigureAwait(false);
        await ReportAePolicyAsync(state, request.Urn, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse { Properties = AutoenrollmentPolicyOutputs.FromState(news, state) };
    }

    protected override IEnumerable<InputFailure> Validate(Struct news, Struct checkedInputs)
    {
        foreach (var failure in GpoReference.Validate(news))
        {
            yield return failure;
        }

        if (SettingKeys.Any(k => checkedInputs.Fields.TryGetValue(k, out var v) && PropertyValues.ContainsUnknown(v))
            || SettingKeys.Take(3).Any(k => !checkedInputs.Fields.ContainsKey(k)))
        {
            yield break; // the settings rules need every setting known
        }

        foreach (var failure in AutoenrollmentValidator.ValidateSettings(AutoenrollmentPolicyInputs.FromStruct(checkedInputs).Settings))
        {
            yield return new InputFailure(failure.Field, failure.Message);
        }
    }

    protected override IReadOnlySet<string>? Equivalent(DiffRequest request) =>
        GpoReference.SameGpo(request.News ?? new Struct(), request.Olds ?? new Struct());

    protected override Value? Preview(string property, Struct inputs, Struct? previous) =>
        AutoenrollmentPolicyOutputs.Preview(property, inputs, previous);

    private static AutoenrollmentPolicyClient CreateClient(RemoteSession session) =>
        new(session.PowerShell, session.Gpos, session.LoggerFactory.CreateLogger<AutoenrollmentPolicyClient>(), session.Server);

    /// <summary>The GPO by id: a name is resolved once (a read) and remembered, so every write takes the same per-GPO lock.</summary>
    private static async Task<GpoTarget> ResolveAsync(AutoenrollmentPolicyClient client, GpoLocks gpos, GpoTarget target, PolicyScope scope, CancellationToken cancellationToken)
    {
        if (gpos.TryResolve(target, out var known))
        {
            return GpoTarget.ById(known, target.Domain);
        }

        var state = await client.ReadAsync(target, scope, cancellationToken).ConfigureAwait(false);
        return GpoTarget.ById(state.GpoId, target.Domain);
    }

    private static AutoenrollmentPolicyId ParseId(string id) =>
        AutoenrollmentPolicyId.TryParse(id, out var parsed)
            ? parsed
            : throw RpcErrorMapper.BadId(AutoenrollmentPolicyProperties.Table.TypeName, id, AutoenrollmentPolicyId.FormatHelp);

    private Task<PolicyState> RunAsync(
        string verb,
        GpoTarget target,
        PolicyScope scope,
        string urn,
        Func<AutoenrollmentPolicyClient, Task<PolicyState>> operation,
        CancellationToken cancellationToken) =>
        RunAsync(verb, target, scope, urn, (client, _) => operation(client), cancellationToken);

    private Task<PolicyState> RunAsync(
        string verb,
        GpoTarget target,
        PolicyScope scope,
        string urn,
        Func<AutoenrollmentPolicyClient, GpoLocks, Task<PolicyState>> operation,
        CancellationToken cancellationToken) =>
        operations.RunAsync(
            operations.Context(verb, $"the Auto-Enrollment policy of GPO {target} ({scope} Configuration)"),
            urn,
            session => operation(session.Client(CreateClient), session.Gpos),
            cancellationToken);

    private Task ReportAePolicyAsync(PolicyState state, string urn, CancellationToken cancellationToken)
    {
        static string Text(uint? value) => value is { } v ? $"0x{v:X}" : "not configured";
        var message = state.Changed
            ? $"GPO '{state.GpoName}' ({state.Scope}): AEPolicy {Text(state.PreviousAePolicy)} → {Text(state.AePolicy)}"
            : $"GPO '{state.GpoName}' ({state.Scope}): AEPolicy already {Text(state.AePolicy)}, nothing to change";
        return operations.StatusAsync(message, urn, cancellationToken);
    }
}
