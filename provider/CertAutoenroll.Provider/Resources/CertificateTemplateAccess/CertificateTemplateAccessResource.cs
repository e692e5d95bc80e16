using CertAutoenroll.GroupPolicy.TemplateAccess;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Resources.Common;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using static CertAutoenroll.Provider.Resources.CertificateTemplateAccess.CertificateTemplateAccessProperties;

namespace CertAutoenroll.Provider.Resources.CertificateTemplateAccess;

/// <summary>
/// Create, Read, Update and Delete of <c>certautoenroll:index:CertificateTemplateAccess</c> through
/// the template-access client on the shared session: only the principal's three managed allow ACEs change.
/// </summary>
internal sealed class CertificateTemplateAccessResource(ResourceOperations operations) : RemoteResourceHandler<TemplateAccessClient>(operations)
{
    public override PropertyTable Table => CertificateTemplateAccessProperties.Table;

    public override async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var access = await RunUnlessGoneAsync("reading", Subject(id.Template, id.Principal), request.Urn,
            client => client.GetAsync(id.Template, id.Principal, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (access is null || CertificateTemplateAccessState.IsGone(access))
        {
            return Gone; // none of the rights left, or the template or the principal is gone and the rights with it
        }

        var inputs = CertificateTemplateAccessState.Inputs(StoredInputs(request), access);
        return new ReadResponse { Id = CertificateTemplateAccessState.Id(access), Inputs = inputs, Properties = CertificateTemplateAccessState.Outputs(inputs, access) };
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        await RunDeleteAsync(Subject(id.Template, id.Principal), request.Urn,
            client => client.RemoveAsync(id.Template, id.Principal, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<CreateResponse> CreateRemoteAsync(CreateRequest request, Struct inputs, CancellationToken cancellationToken)
    {
        var template = Table.RequireText(inputs, TemplateKey);
        var principal = Table.RequireText(inputs, PrincipalKey);
        var access = await RunAsync("creating", Subject(template, principal), request.Urn,
            client => client.SetAsync(template, principal, Rights(inputs), cancellationToken), cancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = CertificateTemplateAccessState.Id(access), Properties = CertificateTemplateAccessState.Outputs(inputs, access) };
    }

    protected override async Task<UpdateResponse> UpdateRemoteAsync(UpdateRequest request, Struct news, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var access = await RunAsync("updating", Subject(id.Template, id.Principal), request.Urn,
            client => client.SetAsync(id.Template, id.Principal, Rights(news), cancellationToken), cancellationToken).ConfigureAwait(false);
        return new UpdateResponse { Properties = CertificateTemplateAccessState.Outputs(news, access) };
    }

    protected override IEnumerable<InputFailure> Validate(Struct news, Struct checkedInputs) =>
        ValidationFailures.AllKnown(checkedInputs, TemplateKey, PrincipalKey)
            ? ValidationFailures.From(TemplateAccessValidator.Validate(Table.Text(checkedInputs, TemplateKey), Table.Text(checkedInputs, PrincipalKey)))
            : [];

    private TemplateRights Rights(Struct inputs) =>
        new(Table.RequireFlag(inputs, EnrollKey), Table.RequireFlag(inputs, AutoenrollKey), Table.RequireFlag(inputs, ReadKey));

    private CertificateTemplateAccessId ParseId(string id) => ParseId<CertificateTemplateAccessId>(id, CertificateTemplateAccessId.TryParse, CertificateTemplateAccessId.Help);

    protected override TemplateAccessClient CreateClient(RemoteSession session) =>
        new(session.PowerShell, Operations.DomainScope, session.LoggerFactory.CreateLogger<TemplateAccessClient>());

    private static string Subject(string template, string principal) => $"the rights of '{principal}' on certificate template '{template}'";
}
