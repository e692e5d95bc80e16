using CertAutoenroll.GroupPolicy.TemplateAccess;
using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Resources.Common;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using static CertAutoenroll.Provider.Resources.CertificateTemplateAccess.CertificateTemplateAccessProperties;

namespace CertAutoenroll.Provider.Resources.CertificateTemplateAccess;

/// <summary>
/// Create, Read, Update and Delete of <c>certautoenroll:index:CertificateTemplateAccess</c> through
/// the template-access client on the shared session: only the principal's three managed allow ACEs change.
/// </summary>
internal sealed class CertificateTemplateAccessResource(ResourceOperations operations) : ResourceHandler
{
    public override PropertyTable Table => CertificateTemplateAccessProperties.Table;

    public override async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        TemplateAccessInfo access;
        try
        {
            access = await RunAsync("reading", id.Template, id.Principal, request.Urn,
                client => client.GetAsync(id.Template, id.Principal, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return new ReadResponse(); // the template or the principal is gone, and the rights with it
        }

        if (CertificateTemplateAccessState.IsGone(access))
        {
            return new ReadResponse();
        }

        var inputs = CertificateTemplateAccessState.Inputs(request.Inputs is { Fields.Count: > 0 } stored ? stored : null, access);
        return new ReadResponse { Id = CertificateTemplateAccessState.Id(access), Inputs = inputs, Properties = CertificateTemplateAccessState.Outputs(inputs, access) };
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        try
        {
            await RunAsync("deleting", id.Template, id.Principal, request.Urn,
                client => client.RemoveAsync(id.Template, id.Principal, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            // The template or the principal is gone: no entry is left to remove.
        }
    }

    protected override async Task<CreateResponse> CreateRemoteAsync(CreateRequest request, Struct inputs, CancellationToken cancellationToken)
    {
        var template = Table.RequireText(inputs, TemplateKey);
        var principal = Table.RequireText(inputs, PrincipalKey);
        var access = await RunAsync("creating", template, principal, request.Urn,
            client => client.SetAsync(template, principal, Rights(inputs), cancellationToken), cancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = CertificateTemplateAccessState.Id(access), Properties = CertificateTemplateAccessState.Outputs(inputs, access) };
    }

    protected override async Task<UpdateResponse> UpdateRemoteAsync(UpdateRequest request, Struct news, CancellationToken cancellationToken)
    {
        var id = ParseId(request.Id);
        var access = await RunAsync("updating", id.Template, id.Principal, request.Urn,
            client => client.SetAsync(id.Template, id.Principal, Rights(news), cancellationToken), cancellationToken).ConfigureAwait(false);
        return new UpdateResponse { Properties = CertificateTemplateAccessState.Outputs(news, access) };
    }

    protected override IEnumerable<InputFailure> Validate(Struct news, Struct checkedInputs) =>
        ValidationFailures.AllKnown(checkedInputs, TemplateKey, PrincipalKey)
            ? ValidationFailures.From(TemplateAccessValidator.Validate(Table.Text(checkedInputs, TemplateKey), Table.Text(checkedInputs, PrincipalKey)))
            : [];

    private TemplateRights Rights(Struct inputs) =>
        new(Table.RequireFlag(inputs, EnrollKey), Table.RequireFlag(inputs, AutoenrollKey), Table.RequireFlag(inputs, ReadKey));

    private static CertificateTemplateAccessId ParseId(string id) =>
        CertificateTemplateAccessId.TryParse(id, out var parsed)
            ? parsed
            : throw RpcErrorMapper.BadId(CertificateTemplateAccessProperties.Table.TypeName, id, CertificateTemplateAccessId.Help);

    private TemplateAccessClient CreateClient(RemoteSession session) =>
        new(session.PowerShell, operations.DomainScope, session.LoggerFactory.CreateLogger<TemplateAccessClient>());

    private Task<TResult> RunAsync<TResult>(string verb, string template, string principal, string urn, Func<TemplateAccessClient, Task<TResult>> operation, CancellationToken cancellationToken) =>
        operations.RunAsync(
            operations.Context(verb, $"the rights of '{principal}' on certificate template '{template}'"),
            urn,
            session => operation(session.Client(CreateClient)),
            cancellationToken);
}
