using CertAutoenroll.GroupPolicy.Links;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Resources.Common;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using static CertAutoenroll.Provider.Resources.GroupPolicyLink.GroupPolicyLinkProperties;

namespace CertAutoenroll.Provider.Resources.GroupPolicyLink;

/// <summary>
/// Create, Read, Update and Delete of <c>certautoenroll:index:GroupPolicyLink</c> (New-GPLink,
/// Set-GPLink, the target's gPLink, Remove-GPLink) through the link client on the shared session.
/// </summary>
internal sealed class GroupPolicyLinkResource(ResourceOperations operations) : RemoteResourceHandler<GpoLinkClient>(operations)
{
    public override PropertyTable Table => GroupPolicyLinkProperties.Table;

    public override async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var link = await RunUnlessGoneAsync("reading", Subject(id.GpoId, id.Target), request.Urn,
            client => client.GetAsync(GpoTarget.ById(id.GpoId, Operations.Domain), id.Target, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return Gone; // unlinked, or the GPO or the target is gone and the link with it
        }

        var inputs = GroupPolicyLinkState.Inputs(StoredInputs(request), link);
        return new ReadResponse { Id = GroupPolicyLinkState.Id(link), Inputs = inputs, Properties = GroupPolicyLinkState.Outputs(inputs, link) };
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        await RunDeleteAsync(Subject(id.GpoId, id.Target), request.Urn,
            client => client.RemoveAsync(GpoTarget.ById(id.GpoId, Operations.Domain), id.Target, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<CreateResponse> CreateRemoteAsync(CreateRequest request, Struct inputs, CancellationToken cancellationToken)
    {
        var gpo = GpoReference.Target(Table, inputs, Operations.Domain);
        var target = Table.RequireText(inputs, TargetKey);
        var link = await RunAsync("creating", Subject(gpo, target), request.Urn, client => SetAsync(client, gpo, target, inputs, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = GroupPolicyLinkState.Id(link), Properties = GroupPolicyLinkState.Outputs(inputs, link) };
    }

    protected override async Task<UpdateResponse> UpdateRemoteAsync(UpdateRequest request, Struct news, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var gpo = GpoTarget.ById(id.GpoId, Operations.Domain);
        var link = await RunAsync("updating", Subject(id.GpoId, id.Target), request.Urn, client => SetAsync(client, gpo, id.Target, news, cancellationToken), cancellationToken).ConfigureAwait(false);
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

    private GroupPolicyLinkId ParseId(string id) => ParseId<GroupPolicyLinkId>(id, GroupPolicyLinkId.TryParse, GroupPolicyLinkId.Help);

    protected override GpoLinkClient CreateClient(RemoteSession session) =>
        new(session.PowerShell, Operations.DomainScope, session.LoggerFactory.CreateLogger<GpoLinkClient>());

    private static string Subject(Guid gpo, string target) => Subject(GpoTarget.ById(gpo), target);

    private static string Subject(GpoTarget gpo, string target) => $"the link of GPO {gpo} on '{target}'";
}
