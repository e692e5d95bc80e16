using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Validation;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Resources.Common;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using static CertAutoenroll.Provider.Resources.AutoenrollmentPolicy.AutoenrollmentPolicyProperties;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>
/// Create, Read, Update and Delete of <c>certautoenroll:index:AutoenrollmentPolicy</c> through the
/// GroupPolicy client on the shared session. Previews never contact the DC.
/// </summary>
internal sealed class AutoenrollmentPolicyResource(ResourceOperations operations) : RemoteResourceHandler<AutoenrollmentPolicyClient>(operations)
{
    public override PropertyTable Table => AutoenrollmentPolicyProperties.Table;

    public override async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var target = id.Target(Operations.Domain);
        var state = await RunUnlessGoneAsync("reading", Subject(target, id.Scope), request.Urn,
            client => client.ReadAsync(target, id.Scope, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (state?.Settings is null)
        {
            return Gone; // "Not configured", or the GPO is gone and the policy with it
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
        var target = id.Target(Operations.Domain);
        var state = await RunUnlessGoneAsync("deleting", Subject(target, id.Scope), request.Urn,
            client => client.RemoveAsync(target, id.Scope, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (state is not null)
        {
            await ReportAePolicyAsync(state, request.Urn, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task<CreateResponse> CreateRemoteAsync(CreateRequest request, Struct inputs, CancellationToken cancellationToken)
    {
        var policy = AutoenrollmentPolicyInputs.FromStruct(inputs);
        var named = AutoenrollmentPolicyInputs.Target(inputs, Operations.Domain);
        // By name where the name is not resolved yet: the apply script resolves it on the DC in the same run (one round
        // trip for a one-policy up), and the GPO locks keep such writes apart from writes by id (GpoLocks).
        var state = await RunAsync("creating", Subject(named, policy.Scope), request.Urn,
            client => client.ApplyAsync(named, policy.Scope, policy.Settings, cancellationToken), cancellationToken).ConfigureAwait(false);
        await ReportAePolicyAsync(state, request.Urn, cancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = state.ResourceId, Properties = AutoenrollmentPolicyOutputs.FromState(inputs, state) };
    }

    protected override async Task<UpdateResponse> UpdateRemoteAsync(UpdateRequest request, Struct news, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var policy = AutoenrollmentPolicyInputs.FromStruct(news);
        var target = id.Target(Operations.Domain);
        var state = await RunAsync("updating", Subject(target, id.Scope), request.Urn,
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

    protected override AutoenrollmentPolicyClient CreateClient(RemoteSession session) =>
        new(session.PowerShell, session.Gpos, session.LoggerFactory.CreateLogger<AutoenrollmentPolicyClient>(), session.Server);

    private AutoenrollmentPolicyId ParseId(string id) => ParseId<AutoenrollmentPolicyId>(id, AutoenrollmentPolicyId.TryParse, AutoenrollmentPolicyId.FormatHelp);

    private static string Subject(GpoTarget target, PolicyScope scope) => $"the Auto-Enrollment policy of GPO {target} ({scope} Configuration)";

    private Task ReportAePolicyAsync(PolicyState state, string urn, CancellationToken cancellationToken)
    {
        static string Text(uint? value) => value is { } v ? $"0x{v:X}" : "not configured";
        var message = state.Changed
            ? $"GPO '{state.GpoName}' ({state.Scope}): AEPolicy {Text(state.PreviousAePolicy)} → {Text(state.AePolicy)}"
            : $"GPO '{state.GpoName}' ({state.Scope}): AEPolicy already {Text(state.AePolicy)}, nothing to change";
        return Operations.StatusAsync(message, urn, cancellationToken);
    }
}
