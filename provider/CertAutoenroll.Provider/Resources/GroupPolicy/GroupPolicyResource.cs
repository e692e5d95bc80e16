using CertAutoenroll.GroupPolicy.Gpos;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Resources.Common;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using static CertAutoenroll.Provider.Resources.GroupPolicy.GroupPolicyProperties;

namespace CertAutoenroll.Provider.Resources.GroupPolicy;

/// <summary>
/// Create, Read, Update and Delete of <c>certautoenroll:index:GroupPolicy</c> (New-GPO, Get-GPO,
/// Rename-GPO and the GPO's Description/GpoStatus, Remove-GPO) through the GPO client on the shared session.
/// </summary>
internal sealed class GroupPolicyResource(ResourceOperations operations) : RemoteResourceHandler<GpoClient>(operations)
{
    private const string IdHelp = "expected the GPO's GUID, e.g. '{31B2F340-016D-11D2-945F-00C04FB984F9}', or (to import) its display name";

    public override PropertyTable Table => GroupPolicyProperties.Table;

    public override async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var target = ParseId(request.Id);
        var gpo = await RunAsync("reading", Describe(target), request.Urn,
            client => client.GetAsync(target, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (gpo is null)
        {
            return Gone; // deleted by hand
        }

        var inputs = GroupPolicyState.Inputs(StoredInputs(request), gpo);
        return new ReadResponse { Id = GroupPolicyState.Id(gpo), Inputs = inputs, Properties = GroupPolicyState.Outputs(inputs, gpo) };
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var id = ParseGuid(request.Id);
        if (DefaultGpos.IsDefault(id))
        {
            throw RpcErrorMapper.Refused(
                $"GPO {request.Id} is the {(id == DefaultGpos.DefaultDomainPolicy ? "Default Domain Policy" : "Default Domain Controllers Policy")}, which every domain needs; it is never deleted. "
                + "To stop managing it, remove it from the stack's state instead: pulumi state delete <urn>.");
        }

        await RunDeleteAsync($"GPO {request.Id}", request.Urn, client => client.RemoveAsync(id, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<CreateResponse> CreateRemoteAsync(CreateRequest request, Struct inputs, CancellationToken cancellationToken)
    {
        var name = Table.RequireText(inputs, NameKey);
        var gpo = await RunAsync("creating", $"GPO '{name}'", request.Urn,
            client => client.CreateAsync(name, Table.Text(inputs, CommentKey), Status(inputs), cancellationToken), cancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = GroupPolicyState.Id(gpo), Properties = GroupPolicyState.Outputs(inputs, gpo) };
    }

    protected override async Task<UpdateResponse> UpdateRemoteAsync(UpdateRequest request, Struct news, CancellationToken cancellationToken)
    {
        var id = ParseGuid(request.Id);
        var gpo = await RunAsync("updating", $"GPO {request.Id}", request.Urn,
            client => client.UpdateAsync(id, Table.Text(news, NameKey), Table.Text(news, CommentKey), Status(news), cancellationToken), cancellationToken).ConfigureAwait(false);
        return new UpdateResponse { Properties = GroupPolicyState.Outputs(news, gpo) };
    }

    protected override IEnumerable<InputFailure> Validate(Struct news, Struct checkedInputs) =>
        ValidationFailures.AllKnown(checkedInputs, NameKey, CommentKey, StatusKey)
            ? ValidationFailures.From(GpoValidator.Validate(Table.Text(checkedInputs, NameKey), Table.Text(checkedInputs, CommentKey), null))
            : [];

    private static GpoStatus Status(Struct inputs) =>
        GroupPolicyProperties.Table.Enum<GpoStatus>(inputs, StatusKey) ?? throw new InvalidOperationException($"'{StatusKey}' was not checked");

    private static string Describe(GpoTarget target) => target.Id is null ? $"GPO '{target.Name}'" : $"GPO {GpoTarget.FormatId(target.Id.Value)}";

    /// <summary>The id is the GUID; import also takes the GPO's display name.</summary>
    private static GpoTarget ParseId(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw RpcErrorMapper.BadId(GroupPolicyProperties.Table.TypeName, id, IdHelp);
        }

        return Guid.TryParse(id, out var guid) ? GpoTarget.ById(guid) : GpoTarget.ByName(id.Trim());
    }

    private static Guid ParseGuid(string id) =>
        Guid.TryParse(id, out var guid) ? guid : throw RpcErrorMapper.BadId(GroupPolicyProperties.Table.TypeName, id, "expected the GPO's GUID, e.g. '{31B2F340-016D-11D2-945F-00C04FB984F9}'");

    protected override GpoClient CreateClient(RemoteSession session) =>
        new(session.PowerShell, Operations.DomainScope, session.Gpos, session.LoggerFactory.CreateLogger<GpoClient>());
}
