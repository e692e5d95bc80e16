using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.Provider.Engine;
using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Logging;
using CertAutoenroll.Provider.Remote;
using Grpc.Core;

namespace CertAutoenroll.Provider.Resources;

/// <summary>
/// What every resource handler uses to do remote work: the shared connection, progress lines to
/// the engine, and the one path by which a failure becomes an <see cref="RpcException"/>.
/// </summary>
internal sealed class ResourceOperations(RemoteConnection remote, EngineLog engineLog, SecretRedactor redactor, ILogger<ResourceOperations> logger)
{
    /// <summary>The configured domain (null: the DC's own).</summary>
    public string? Domain => remote.RequireConfig().Domain;

    /// <summary>The DC and domain the GPO, link and template scripts address.</summary>
    public DomainScope DomainScope => new(remote.RequireConfig().Server, Domain);

    public OperationContext Context(string verb, string subject) => new(verb, subject, remote.HostDescription);

    /// <summary>
    /// Runs <paramref name="operation"/> on the shared session while its progress lines go to the engine (each is a
    /// round trip to the engine that the DC need not wait for; they are delivered before the call returns); any
    /// failure is mapped and redacted.
    /// </summary>
    public async Task<TResult> RunAsync<TResult>(OperationContext context, string urn, Func<RemoteSession, Task<TResult>> operation, CancellationToken cancellationToken)
    {
        var progress = Task.CompletedTask;
        try
        {
            var session = remote.GetSession(out var connecting);
            if (connecting)
            {
                progress = engineLog.StatusAsync($"Connecting to {remote.HostDescription} over WinRM", urn, cancellationToken);
            }

            progress = engineLog.StatusAsync(context.Status, urn, cancellationToken);
            return await operation(session).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            var error = RpcErrorMapper.Map(ex, context, redactor);
            ProviderLog.CallFailed(logger, context.Verb, error.StatusCode, error.Status.Detail);
            throw error;
        }
        finally
        {
            // Logging never fails an operation.
            await progress.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>A progress line for the resource (ephemeral: the engine shows it while the step runs).</summary>
    public Task StatusAsync(string message, string urn, CancellationToken cancellationToken) =>
        engineLog.StatusAsync(message, urn, cancellationToken);
}
