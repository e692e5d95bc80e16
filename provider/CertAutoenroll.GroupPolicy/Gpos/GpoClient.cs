using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Validation;

namespace CertAutoenroll.GroupPolicy.Gpos;

/// <summary>
/// Reads, creates, renames/updates and removes GPOs with the GroupPolicy module on the DC
/// (Get-GPO, New-GPO, Rename-GPO, Gpo.Description/GpoStatus, Remove-GPO). Writes to one GPO are serialised.
/// </summary>
public sealed class GpoClient
{
    private readonly DomainScriptRunner _runner;
    private readonly GpoLocks _locks;

    public GpoClient(IPowerShellSession session, DomainScope? scope = null, ILogger<GpoClient>? logger = null)
        : this(session, scope ?? DomainScope.Default, new GpoLocks(), logger)
    {
    }

    /// <param name="locks">The GPO resolver and locks shared with every other client writing GPOs over <paramref name="session"/>.</param>
    public GpoClient(IPowerShellSession session, DomainScope scope, GpoLocks locks, ILogger<GpoClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(locks);
        _runner = DomainScriptRunner.Create(session, scope, logger);
        _locks = locks;
    }

    /// <summary>The GPO by id or display name; null when none has it. Several GPOs with the name is an error.</summary>
    public async Task<GpoInfo?> GetAsync(GpoTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var request = TargetRequest(target);
        var result = await _runner.RunAsync(DomainScriptName.GpoRead, request, Describe(target.ToString()), cancellationToken).ConfigureAwait(false);
        return result.GetProperty("found").GetBoolean() ? GpoReply.Read(result.GetProperty("gpo"), changed: false) : null;
    }

    /// <summary>
    /// Creates a GPO. A name in use already fails with <see cref="GroupPolicyErrorCode.GpoAlreadyExists"/>, except the GPO
    /// this very call made: the session re-runs the script when a reply was lost, and the operation id, one per call and the
    /// same on every re-run, lets the DC script adopt what an earlier attempt created (gpo-create.ps1, CreateJournal.ps1).
    /// </summary>
    public async Task<GpoInfo> CreateAsync(string name, string? comment, GpoStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ThrowIfInvalid(GpoValidator.Validate(name, comment, status));
        using var held = await _locks.AcquireAsync(GpoTarget.ByName(name, _runner.Scope.Domain), cancellationToken).ConfigureAwait(false);
        var request = new JsonObject
        {
            ["name"] = name,
            ["comment"] = comment,
            ["status"] = status.ToString(),
            ["operationId"] = Guid.NewGuid().ToString("D"),
        };
        var result = await _runner.RunAsync(DomainScriptName.GpoCreate, request, Describe($"'{name}'"), cancellationToken).ConfigureAwait(false);
        return GpoReply.Read(result.GetProperty("gpo"), changed: true);
    }

    /// <summary>Renames the GPO and sets its comment and status; a null argument leaves that property as it is.</summary>
    public async Task<GpoInfo> UpdateAsync(Guid id, string? name, string? comment, GpoStatus? status, CancellationToken cancellationToken)
    {
        ThrowIfInvalid(GpoValidator.Validate(name, comment, status));
        using var held = await _locks.AcquireAsync(GpoTarget.ById(id), cancellationToken).ConfigureAwait(false);
        var request = new JsonObject
        {
            ["gpoId"] = GpoTarget.FormatId(id),
            ["name"] = name,
            ["comment"] = comment,
            ["status"] = status?.ToString(),
        };
        var result = await _runner.RunAsync(DomainScriptName.GpoUpdate, request, Describe(GpoTarget.FormatId(id)), cancellationToken).ConfigureAwait(false);
        return GpoReply.Read(result.GetProperty("gpo"), result.GetProperty("changed").GetBoolean());
    }

    /// <summary>
    /// Removes the GPO (and, as Remove-GPO does, its links in the domain). False when it was gone already.
    /// The two default GPOs are refused with <see cref="GroupPolicyErrorCode.ProtectedGpo"/>.
    /// </summary>
    public async Task<bool> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (DefaultGpos.IsDefault(id))
        {
            throw new GroupPolicyException(
                GroupPolicyErrorCode.ProtectedGpo,
                $"The GPO {GpoTarget.FormatId(id)} is the {(id == DefaultGpos.DefaultDomainPolicy ? "Default Domain Policy" : "Default Domain Controllers Policy")}; every domain needs it, so it is never removed. Remove the resource from the program's state instead (pulumi state delete).");
        }

        using var held = await _locks.AcquireAsync(GpoTarget.ById(id), cancellationToken).ConfigureAwait(false);
        var request = new JsonObject { ["gpoId"] = GpoTarget.FormatId(id) };
        var result = await _runner.RunAsync(DomainScriptName.GpoRemove, request, Describe(GpoTarget.FormatId(id)), cancellationToken).ConfigureAwait(false);
        return result.GetProperty("removed").GetBoolean();
    }

    /// <summary>
    /// Whether the connected account may edit the GPO's settings, from the GPO's permissions and the account's token
    /// groups on the DC; reads only. A missing GPO fails with <see cref="GroupPolicyErrorCode.GpoNotFound"/>.
    /// </summary>
    public async Task<GpoEditAccess> GetEditAccessAsync(GpoTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var request = TargetRequest(target);
        var result = await _runner.RunAsync(DomainScriptName.GpoEditAccess, request, Describe(target.ToString()), cancellationToken).ConfigureAwait(false);
        return GpoEditAccess.Read(result);
    }

    /// <summary>The request naming one GPO, by id or by a validated display name (gpo-read.ps1, gpo-edit-access.ps1).</summary>
    private static JsonObject TargetRequest(GpoTarget target)
    {
        if (target.Id is { } id)
        {
            return new JsonObject { ["gpoId"] = GpoTarget.FormatId(id) };
        }

        ThrowIfInvalid(GpoValidator.Validate(target.Name, null, null));
        return new JsonObject { ["gpoName"] = target.Name };
    }

    private string Describe(string gpo) => $"GPO {gpo}, {_runner.Scope}";

    private static void ThrowIfInvalid(IReadOnlyList<ValidationFailure> failures)
    {
        if (failures.Count > 0)
        {
            throw GroupPolicyException.Invalid(failures);
        }
    }
}
