using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.Provider.Engine;
using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Remote;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>
/// Create, Read, Update and Delete of <c>certautoenroll:index:AutoenrollmentPolicy</c> through the
/// GroupPolicy client. Previews never contact the DC.
/// </summary>
internal sealed class AutoenrollmentPolicyResource(RemoteConnection remote, EngineLog engineLog, SecretRedactor redactor, GpoIdCache gpoIds)
{
    public static CheckResponse Check(CheckRequest request) => AutoenrollmentPolicyCheck.Check(request.News ?? new Struct());

    public static DiffResponse Diff(DiffRequest request) => AutoenrollmentPolicyDiff.Diff(request);

    public async Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        var properties = request.Properties ?? new Struct();
        if (request.Preview)
        {
            return new CreateResponse { Properties = AutoenrollmentPolicyOutputs.Preview(properties, null) };
        }

        var inputs = AutoenrollmentPolicyInputs.FromStruct(properties);
        var domain = remote.RequireConfig().Domain;
        var target = await ResolveAsync(inputs.Target(domain), inputs.Scope, request.Urn, cancellationToken).ConfigureAwait(false);
        var state = await RunAsync("creating", target, inputs.Scope, request.Urn,
            client => client.ApplyAsync(target, inputs.Scope, inputs.Settings, cancellationToken), cancellationToken).ConfigureAwait(false);
        await ReportAePolicyAsync(state, request.Urn, cancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = state.ResourceId, Properties = AutoenrollmentPolicyOutputs.FromState(properties, state) };
    }

    public async Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        var news = request.News ?? new Struct();
        if (request.Preview)
        {
            return new UpdateResponse { Properties = AutoenrollmentPolicyOutputs.Preview(news, request.Olds) };
        }

        var id = ParseId(request.Id);
        var inputs = AutoenrollmentPolicyInputs.FromStruct(news);
        var target = id.Target(remote.RequireConfig().Domain);
        var state = await RunAsync("updating", target, id.Scope, request.Urn,
            client => client.ApplyAsync(target, id.Scope, inputs.Settings, cancellationToken), cancellationToken).ConfigureAwait(false);
        await ReportAePolicyAsync(state, request.Urn, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse { Properties = AutoenrollmentPolicyOutputs.FromState(news, state) };
    }

    public async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var target = id.Target(remote.RequireConfig().Domain);
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

        if (id.GpoName is not null)
        {
            gpoIds.Remember(target.Domain, id.GpoName, state.GpoId);
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

    public async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var target = id.Target(remote.RequireConfig().Domain);
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

    /// <summary>The GPO by id: a name is resolved once (a read) and remembered, so every write takes the same per-GPO lock.</summary>
    private async Task<GpoTarget> ResolveAsync(GpoTarget target, PolicyScope scope, string urn, CancellationToken cancellationToken)
    {
        if (gpoIds.TryGet(target, out var known))
        {
            return GpoTarget.ById(known, target.Domain);
        }

        var state = await RunAsync("looking up", target, scope, urn, client => client.ReadAsync(target, scope, cancellationToken), cancellationToken).ConfigureAwait(false);
        gpoIds.Remember(target.Domain, target.Name!, state.GpoId);
        return GpoTarget.ById(state.GpoId, target.Domain);
    }

    private static AutoenrollmentPolicyId ParseId(string id) =>
        AutoenrollmentPolicyId.TryParse(id, out var parsed)
            ? parsed
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{id}' is not an AutoenrollmentPolicy id: {AutoenrollmentPolicyId.FormatHelp}."));

    private async Task<PolicyState> RunAsync(
        string verb,
        GpoTarget target,
        PolicyScope scope,
        string urn,
        Func<AutoenrollmentPolicyClient, Task<PolicyState>> operation,
        CancellationToken cancellationToken)
    {
        var context = new OperationContext(verb, target.ToString(), scope, remote.HostDescription);
        try
        {
            var client = remote.GetClient(out var isNew);
            if (isNew)
            {
                await engineLog.StatusAsync($"Connecting to {remote.HostDescription} over WinRM", urn, cancellationToken).ConfigureAwait(false);
            }

            await engineLog.StatusAsync($"{char.ToUpperInvariant(verb[0])}{verb[1..]} Auto-Enrollment on GPO {target} ({scope} Configuration)", urn, cancellationToken).ConfigureAwait(false);
            return await operation(client).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw RpcErrorMapper.Map(ex, context, redactor);
        }
    }

    private Task ReportAePolicyAsync(PolicyState state, string urn, CancellationToken cancellationToken)
    {
        static string Text(uint? value) => value is { } v ? $"0x{v:X}" : "not configured";
        var message = state.Changed
            ? $"GPO '{state.GpoName}' ({state.Scope}): AEPolicy {Text(state.PreviousAePolicy)} → {Text(state.AePolicy)}"
            : $"GPO '{state.GpoName}' ({state.Scope}): AEPolicy already {Text(state.AePolicy)}, nothing to change";
        return engineLog.StatusAsync(message, urn, cancellationToken);
    }
}
