using System.Collections.Concurrent;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.Provider.Remote;

/// <summary>
/// What every resource's client is built on: the provider's one pool of remote PowerShell
/// sessions and the one GPO name resolver and lock (<see cref="GpoLocks"/>) shared by all of
/// them; one client of each kind per session.
/// </summary>
internal sealed class RemoteSession(IPowerShellSession powerShell, ILoggerFactory loggerFactory, string? server = null)
{
    private readonly ConcurrentDictionary<Type, object> _clients = new();

    public IPowerShellSession PowerShell { get; } = powerShell;

    public GpoLocks Gpos { get; } = new();

    public ILoggerFactory LoggerFactory { get; } = loggerFactory;

    /// <summary>The provider's <c>server</c> setting (the DC the GroupPolicy cmdlets get as -Server); null: the connected DC.</summary>
    public string? Server { get; } = server;

    public TClient Client<TClient>(Func<RemoteSession, TClient> create)
        where TClient : class =>
        (TClient)_clients.GetOrAdd(typeof(TClient), _ => create(this));
}
