using CertAutoenroll.GroupPolicy.Links;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Resources.Common;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using static CertAutoenroll.Provider.Resources.GroupPolicyLink.GroupPolicyLinkProperties;

namespace CertAutoenroll.Provider.Resources.GroupPolicyLink;

/// <summary>
/// Create, Read, Update and Delete of <c>certautoenroll:index:GroupPolicyLink</c> (New-GPLink,
/// Set-GPLink, the target's gPLink, Remove-GPLink) through the link client on the shared session.
/// </summary>
internal sealed class GroupPolicyLinkResource(ResourceOperations operations) : ResourceHandler
{
    public override PropertyTable Table => GroupPolicyLinkProperties.Table;

    public override async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        GpoLinkInfo? link;
        try
        {
            link = await RunAsync("reading", id.GpoId, id.Target, request.Urn,
                client => client.GetAsync(GpoTarget.ById(id.GpoId, operations.Domain), id.Target, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return new ReadResponse(); // the GPO or the target is gone, and the link with it
        }

        if (link is null)
        {
            return new ReadResponse();
        }

        var inputs = GroupPolicyLinkState.Inputs(request.Inputs is { Fields.Count: > 0 } stored ? stored : null, link);
        return new ReadResponse { Id = GroupPolicyLinkState.Id(link), Inputs = inputs, Properties = GroupPolicyLinkState.Outputs(inputs, link) };
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        try
        {
            await RunAsync("deleting", id.GpoId, id.Target, request.Urn,
                client => client.RemoveAsync(GpoTarget.ById(id.GpoId, operations.Domain), id.Target, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            // The GPO or the target is gone: no link is left to remove.
        }
    }

    protected override async Task<CreateResponse> CreateRemoteAsync(CreateRequest request, Struct inputs, CancellationToken cancellationToken)
    {
        var gpo = GpoReference.Target(Table, inputs, operations.Domain);
        var target = Table.RequireText(inputs, TargetKey);
        var link = await RunAsync("creating", gpo, target, request.Urn, client => SetAsync(client, gpo, target, inputs, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = GroupPolicyLinkState.Id(link), Properties = GroupPolicyLinkState.Outputs(inputs, link) };
    }

    protected override async Task<UpdateResponse> UpdateRemoteAsync(UpdateRequest request, Struct news, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var gpo = GpoTarget.ById(id.GpoId, operations.Domain);
        var link = await RunAsync("updating", id.GpoId, id.Target, request.Urn, client => SetAsync(client, gpo, id.Target, news, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new UpdateResponse { Properties = GroupPolicyLinkState.Outputs(news, link) };
    }

    protected override IEnumerable<InputFailure> Validate(Struct news, Struct checkedInputs)
    {
        var failures = GpoReference.Validate(news).ToList();
        if (ValidationFailures.AllKnown(checkedInputs, TargetKey, OrderKey))
        {
            failures.AddRange(ValidationFailures.From(GpoLinkValidator.Validate(Table.Text(checkedInputs, TargetKey), Table.Number(checkedInputs, OrderKey))));
        }

        return failures;
    }

    protected override IReadOnlySet<string>? Equivalent(DiffRequest request) =>
        GpoReference.SameGpo(request.News ?? new Struct(), request.Olds ?? new Struct());

    private Task<GpoLinkInfo> SetAsync(GpoLinkClient client, GpoTarget gpo, string target, Struct inputs, CancellationToken cancellationToken) =>
        client.SetAsync(gpo, target, Table.RequireFlag(inputs, EnabledKey), Table.RequireFlag(inputs, EnforcedKey), Table.Number(inputs, OrderKey), cancellationToken);

    private static GroupPolicyLinkId ParseId(string id) =>
        GroupPolicyLinkId.TryParse(id, out var parsed) ? parsed : throw RpcErrorMapper.BadId(GroupPolicyLinkProperties.Table.TypeName, id, GroupPolicyLinkId.Help);

    private GpoLinkClient CreateClient(RemoteSession session) =>
        new(session.PowerShell, operations.DomainScope, session.LoggerFactory.CreateLogger<GpoLinkClient>());

    private Task<TResult> RunAsync<TResult>(string verb, Guid gpo, string target, string urn, Func<GpoLinkClient, Task<TResult>> operation, CancellationToken cancellationToken) =>
        RunAsync(verb, GpoTarget.ById(gpo), target, urn, operation, cancellationToken);

    private Task<TResult> RunAsync<TResult>(string verb, GpoTarget gpo, string target, string urn, Func<GpoLinkClient, Task<TResult>> operation, CancellationToken cancellationToken) =>
        operations.RunAsync(operations.Context(verb, $"the link of GPO {gpo} on '{target}'"), urn, session => operation(session.Client(CreateClient)), cancellationToken);
}
