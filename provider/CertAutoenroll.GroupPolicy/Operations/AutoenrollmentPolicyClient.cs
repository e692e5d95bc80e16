using CertAutoenroll.GroupPolicy.Logging;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Scripts;
using CertAutoenroll.GroupPolicy.Validation;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>
/// Reads, applies and removes the Auto-Enrollment policy of a GPO by running the embedded scripts
/// in <see cref="IPowerShellSession"/>. Writes to one GPO are serialised (see <see cref="GpoLocks"/>).
/// </summary>
public sealed class AutoenrollmentPolicyClient
{
    /// <summary>The prefix of the one output line that carries a script's JSON reply.</summary>
    public const string ReplyMarker = ScriptLibrary.ReplyMarker;

    private readonly IPowerShellSession _session;
    private readonly ILogger _logger;
    private readonly GpoLocks _locks;
    private readonly ReadBatcher _reads;
    private readonly string? _server;

    /// <param name="server">
    /// The domain controller every GroupPolicy cmdlet gets as <c>-Server</c>; null: the connected DC's own name
    /// (without <c>-Server</c> the cmdlets go to the PDC emulator, a second hop an NTLM logon cannot make).
    /// </param>
    public AutoenrollmentPolicyClient(IPowerShellSession session, ILogger<AutoenrollmentPolicyClient>? logger = null, string? server = null)
        : this(session, new GpoLocks(), logger, server)
    {
    }

    /// <param name="locks">Shared with every other client writing GPOs over <paramref name="session"/>.</param>
    /// <param name="server">As in the other constructor.</param>
    public AutoenrollmentPolicyClient(IPowerShellSession session, GpoLocks locks, ILogger<AutoenrollmentPolicyClient>? logger = null, string? server = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(locks);
        if (AutoenrollmentValidator.ValidateServer(server) is [{ } failure, ..])
        {
            throw new ArgumentException(failure.Message, nameof(server));
        }

        _session = session;
        _locks = locks;
        _server = server;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _reads = new ReadBatcher(items => ReadEachAsync(items, CancellationToken.None));
    }

    /// <summary>
    /// Reads one GPO scope. Takes no GPO lock (a read loses no update); reads that arrive together
    /// share one script run (see <see cref="ReadBatcher"/>).
    /// </summary>
    public async Task<PolicyState> ReadAsync(GpoTarget target, PolicyScope scope, CancellationToken cancellationToken)
    {
        EnsureValid(target, scope);
        var reply = await _reads.ReadAsync(target, scope, cancellationToken).ConfigureAwait(false);
        var context = Describe(target, scope);
        try
        {
            var state = reply.GetStateOrThrow(context);
            _locks.Remember(target, state.GpoId);
            return state;
        }
        catch (GroupPolicyException e)
        {
            GroupPolicyLog.ScriptFailed(_logger, ScriptName.Read.ToString(), target.ToString(), e.Code.ToString());
            throw;
        }
    }

    /// <summary>
    /// Makes the GPO hold <paramref name="settings"/>: writes only values that differ, removes
    /// owned values the settings no longer declare, keeps unknown AEPolicy bits and other values.
    /// </summary>
    public async Task<PolicyState> ApplyAsync(GpoTarget target, PolicyScope scope, AutoenrollmentSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        EnsureValid(target, scope, AutoenrollmentValidator.ValidateSettings(settings));
        using var held = await _locks.AcquireAsync(target, cancellationToken).ConfigureAwait(false);
        return await RunOneAsync(ScriptName.Apply, target, scope, ScriptRequest.Apply(target, scope, settings, _server), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes exactly the values this setting owns, which GPMC shows as "Not configured".</summary>
    public async Task<PolicyState> RemoveAsync(GpoTarget target, PolicyScope scope, CancellationToken cancellationToken)
    {
        EnsureValid(target, scope);
        using var held = await _locks.AcquireAsync(target, cancellationToken).ConfigureAwait(false);
        return await RunOneAsync(ScriptName.Remove, target, scope, ScriptRequest.Remove(target, scope, _server), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads many (GPO, scope) pairs in one script run, in order. Takes no GPO locks: a read loses no
    /// update. The first item that failed is thrown.
    /// </summary>
    public async Task<IReadOnlyList<PolicyState>> ReadManyAsync(IReadOnlyList<(GpoTarget, PolicyScope)> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return [];
        }

        foreach (var (target, scope) in items)
        {
            EnsureValid(target, scope);
        }

        var replies = await ReadEachAsync(items, cancellationToken).ConfigureAwait(false);
        var states = new PolicyState[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var (target, scope) = items[i];
            states[i] = replies[i].GetStateOrThrow(Describe(target, scope));
            _locks.Remember(target, states[i].GpoId);
        }

        return states;
    }

    /// <summary>One read script run for many items; each item's reply carries its own state or error.</summary>
    private async Task<IReadOnlyList<ItemReply>> ReadEachAsync(IReadOnlyList<(GpoTarget Target, PolicyScope Scope)> items, CancellationToken cancellationToken)
    {
        GroupPolicyLog.ReadingMany(_logger, items.Count);
        var result = await _session.InvokeAsync(ScriptLibrary.Get(ScriptName.Read), ScriptRequest.Read(items, _server), cancellationToken).ConfigureAwait(false);
        var replies = ScriptReply.Parse(result, items.Count == 1 ? Describe(items[0].Target, items[0].Scope) : $"{items.Count} GPO scopes");
        if (replies.Count != items.Count)
        {
            throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The read script answered {replies.Count} items for {items.Count} requested.");
        }

        return replies;
    }

    private async Task<PolicyState> RunOneAsync(ScriptName script, GpoTarget target, PolicyScope scope, string request, CancellationToken cancellationToken)
    {
        var context = Describe(target, scope);
        GroupPolicyLog.ScriptStarting(_logger, script.ToString(), target.ToString(), scope.ToString());
        try
        {
            var result = await _session.InvokeAsync(ScriptLibrary.Get(script), request, cancellationToken).ConfigureAwait(false);
            var replies = ScriptReply.Parse(result, context);
            if (replies.Count != 1)
            {
                throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The {script} script answered {replies.Count} items for {context}; expected one.");
            }

            var state = replies[0].GetStateOrThrow(context);
            _locks.Remember(target, state.GpoId);
            GroupPolicyLog.ScriptCompleted(_logger, script.ToString(), target.ToString(), scope.ToString(), state.Changed);
            return state;
        }
        catch (GroupPolicyException e)
        {
            GroupPolicyLog.ScriptFailed(_logger, script.ToString(), target.ToString(), e.Code.ToString());
            throw;
        }
    }

    private static void EnsureValid(GpoTarget target, PolicyScope scope, IReadOnlyList<ValidationFailure>? more = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var failures = AutoenrollmentValidator.ValidateTarget(target).Concat(more ?? []).ToList();
        if (!Enum.IsDefined(scope))
        {
            failures.Add(new ValidationFailure(InputFields.Scope, $"scope {(int)scope} is not User or Computer; pick one of them."));
        }

        if (failures.Count > 0)
        {
            throw GroupPolicyException.Invalid(failures);
        }
    }

    private static string Describe(GpoTarget target, PolicyScope scope) =>
        $"GPO {target}, scope {scope}, domain {target.Domain ?? "(the domain controller's own)"}";
}
