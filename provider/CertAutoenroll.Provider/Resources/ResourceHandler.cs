using CertAutoenroll.Provider.Properties;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Resources;

/// <summary>
/// One resource type. A subclass in <c>Resources/&lt;Name&gt;/</c> is registered by
/// <see cref="ResourceRegistration"/>; its <see cref="Table"/> drives Check, Diff, preview and the
/// schema, so it only writes the remote work and the rules that span several inputs.
/// </summary>
internal abstract class ResourceHandler
{
    public abstract PropertyTable Table { get; }

    public CheckResponse Check(CheckRequest request) => TableCheck.Check(Table, request.News ?? new Struct(), Validate);

    public DiffResponse Diff(DiffRequest request) => TableDiff.Diff(Table, request, Equivalent(request));

    public Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        var inputs = request.Properties ?? new Struct();
        return request.Preview
            ? Task.FromResult(new CreateResponse { Properties = TablePreview.Outputs(Table, inputs, null, Preview) })
            : CreateRemoteAsync(request, inputs, cancellationToken);
    }

    public Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        var news = request.News ?? new Struct();
        return request.Preview
            ? Task.FromResult(new UpdateResponse { Properties = TablePreview.Outputs(Table, news, request.Olds, Preview) })
            : UpdateRemoteAsync(request, news, cancellationToken);
    }

    /// <summary>Refresh (stored inputs given) or import (only the id): an empty id when the object is gone.</summary>
    public abstract Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken);

    /// <summary>Deleting what is already gone succeeds.</summary>
    public abstract Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken);

    protected abstract Task<CreateResponse> CreateRemoteAsync(CreateRequest request, Struct inputs, CancellationToken cancellationToken);

    protected abstract Task<UpdateResponse> UpdateRemoteAsync(UpdateRequest request, Struct news, CancellationToken cancellationToken);

    /// <summary>Rules that span several inputs, run by Check after the table's own.</summary>
    protected virtual IEnumerable<InputFailure> Validate(Struct news, Struct checkedInputs) => [];

    /// <summary>Inputs that changed spelling but not meaning (e.g. the same GPO by id instead of name).</summary>
    protected virtual IReadOnlySet<string>? Equivalent(DiffRequest request) => null;

    /// <summary>A preview value the resource can compute without the DC, or null (see <see cref="TablePreview"/>).</summary>
    protected virtual Value? Preview(string property, Struct inputs, Struct? previous) => null;
}
