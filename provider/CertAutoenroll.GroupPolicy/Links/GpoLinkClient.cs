using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Validation;

namespace CertAutoenroll.GroupPolicy.Links;

/// <summary>
/// Reads, creates/updates and removes one GPO link on a domain root, OU or site (Get-ADObject gPLink,
/// New-GPLink, Set-GPLink, Remove-GPLink). Only that link is touched; writes to one target are serialised.
/// </summary>
public sealed class GpoLinkClient
{
    private readonly DomainScriptRunner _runner;
    private readonly KeyedLocks _locks = new();

    public GpoLinkClient(IPowerShellSession session, DomainScope? scope = null, ILogger<GpoLinkClient>? logger = null) =>
        _runner = DomainScriptRunner.Create(session, scope, logger);

    /// <summary>The link of the GPO on the target; null when the GPO is not linked there.</summary>
    public async Task<GpoLinkInfo?> GetAsync(GpoTarget gpo, string target, CancellationToken cancellationToken)
    {
        var request = Request(gpo, target, null);
        var result = await _runner.RunAsync(DomainScriptName.LinkRead, request, Describe(gpo, target), cancellationToken).ConfigureAwait(false);
        return ReadLink(result);
    }

    /// <summary>Links the GPO to the target or updates its link: enabled, enforced and, when given, order.</summary>
    public async Task<GpoLinkInfo> SetAsync(GpoTarget gpo, string target, bool enabled, bool enforced, int? order, CancellationToken cancellationToken)
    {
        var request = Request(gpo, target, order);
        request["enabled"] = enabled;
        request["enforced"] = enforced;
        request["order"] = order;
        using var held = await _locks.AcquireAsync(target.Trim(), cancellationToken).ConfigureAwait(false);
        var result = await _runner.RunAsync(DomainScriptName.LinkSet, request, Describe(gpo, target), cancellationToken).ConfigureAwait(false);
        return ReadLink(result) ?? throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The link script reported no link after linking {Describe(gpo, target)}.");
    }

    /// <summary>Removes only this GPO's link on the target. False when it was not linked there.</summary>
    public async Task<bool> RemoveAsync(GpoTarget gpo, string target, CancellationToken cancellationToken)
    {
        var request = Request(gpo, target, null);
        using var held = await _locks.AcquireAsync(target.Trim(), cancellationToken).ConfigureAwait(false);
        var result = await _runner.RunAsync(DomainScriptName.LinkRemove, request, Describe(gpo, target), cancellationToken).ConfigureAwait(false);
        return result.GetProperty("removed").GetBoolean();
    }

    private static JsonObject Request(GpoTarget gpo, string target, int? order)
    {
        ArgumentNullException.ThrowIfNull(gpo);
        var failures = GpoLinkValidator.Validate(target, order);
        if (failures.Count > 0)
        {
            throw GroupPolicyException.Invalid(failures);
        }

        var request = new JsonObject { ["target"] = target };
        if (gpo.Id is { } id)
        {
            request["gpoId"] = GpoTarget.FormatId(id);
        }
        else
        {
            if (TextRules.Problem(InputFields.GpoName, gpo.Name, 255, "'Certificate Autoenrollment'") is { } problem)
            {
                throw GroupPolicyException.Invalid([new ValidationFailure(InputFields.GpoName, problem)]);
            }

            request["gpoName"] = gpo.Name;
        }

        return request;
    }

    private static GpoLinkInfo? ReadLink(JsonElement result)
    {
        if (!result.GetProperty("found").GetBoolean())
        {
            return null;
        }

        var link = result.GetProperty("link");
        return new GpoLinkInfo(
            Guid.Parse(link.GetProperty("gpoId").GetString()!),
            link.GetProperty("gpoName").GetString() ?? string.Empty,
            link.GetProperty("target").GetString()!,
            link.GetProperty("enabled").GetBoolean(),
            link.GetProperty("enforced").GetBoolean(),
            link.GetProperty("order").GetInt32(),
            result.GetProperty("linkCount").GetInt32(),
            result.TryGetProperty("changed", out var changed) && changed.ValueKind == JsonValueKind.True);
    }

    private string Describe(GpoTarget gpo, string target) => $"link of GPO {gpo} on '{target}', {_runner.Scope}";
}
