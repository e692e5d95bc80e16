using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Remote;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Resources;

/// <summary>
/// A resource whose remote work goes through one client of <typeparamref name="TClient"/> on the shared
/// session: the run (progress line, mapped and redacted failure), the "gone" answer and the stored inputs
/// every handler's Read and Delete need.
/// </summary>
internal abstract class RemoteResourceHandler<TClient>(ResourceOperations operations) : ResourceHandler
    where TClient : class
{
    protected ResourceOperations Operations => operations;

    /// <summary>The empty Read answer: the object is gone, so the resource is.</summary>
    protected static ReadResponse Gone => new();

    /// <summary>The inputs a refresh gives; null on import (only the id).</summary>
    protected static Struct? StoredInputs(ReadRequest request) => request.Inputs is { Fields.Count: > 0 } stored ? stored : null;

    /// <summary>A resource id's own parser, e.g. <c>GroupPolicyLinkId.TryParse</c>.</summary>
    protected delegate bool IdParser<TId>(string id, out TId parsed);

    protected abstract TClient CreateClient(RemoteSession session);

    /// <summary>The parsed id, or the error that names the resource type and the form expected (<paramref name="help"/>).</summary>
    protected TId ParseId<TId>(string id, IdParser<TId> tryParse, string help) =>
        tryParse(id, out var parsed) ? parsed : throw RpcErrorMapper.BadId(Table.TypeName, id, help);

    /// <summary>Runs <paramref name="operation"/> on the session's client after a progress line "<paramref name="verb"/> <paramref name="subject"/>".</summary>
    protected Task<TResult> RunAsync<TResult>(string verb, string subject, string urn, Func<TClient, RemoteSession, Task<TResult>> operation, CancellationToken cancellationToken) =>
        operations.RunAsync(operations.Context(verb, subject), urn, session => operation(session.Client(CreateClient), session), cancellationToken);

    protected Task<TResult> RunAsync<TResult>(string verb, string subject, string urn, Func<TClient, Task<TResult>> operation, CancellationToken cancellationToken) =>
        RunAsync(verb, subject, urn, (client, _) => operation(client), cancellationToken);

    /// <summary>As <see cref="RunAsync{TResult}(string, string, string, Func{TClient, Task{TResult}}, CancellationToken)"/>, but null when the DC reports the object, or what it hangs on, gone.</summary>
    protected async Task<TResult?> RunUnlessGoneAsync<TResult>(string verb, string subject, string urn, Func<TClient, Task<TResult>> operation, CancellationToken cancellationToken)
        where TResult : class?
    {
        try
        {
            return await RunAsync(verb, subject, urn, operation, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Runs a delete; an object the DC reports gone already counts as deleted.</summary>
    protected Task RunDeleteAsync(string subject, string urn, Func<TClient, Task> operation, CancellationToken cancellationToken) =>
        RunUnlessGoneAsync("deleting", subject, urn, async client =>
        {
            await operation(client).ConfigureAwait(false);
            return subject;
        }, cancellationToken);
}
