using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.GroupPolicy.Operations;

namespace CertAutoenroll.GroupPolicy.TemplateAccess;

/// <summary>
/// Reads and edits one principal's Enroll, AutoEnroll and Read allow ACEs on a certificate template
/// (Get-ADObject … nTSecurityDescriptor, Set-ADObject -Replace), as SDDL text so the same script runs on
/// a DC and in the lab. Every other ACE stays as it is; writes to one template are serialised.
/// </summary>
public sealed class TemplateAccessClient
{
    private readonly DomainScriptRunner _runner;
    private readonly KeyedLocks _locks = new();

    public TemplateAccessClient(IPowerShellSession session, DomainScope? scope = null, ILogger<TemplateAccessClient>? logger = null) =>
        _runner = DomainScriptRunner.Create(session, scope, logger);

    /// <summary>The principal's current rights on the template (all false when it has none of the three).</summary>
    public async Task<TemplateAccessInfo> GetAsync(string template, string principal, CancellationToken cancellationToken)
    {
        var request = Request(template, principal);
        var result = await _runner.RunAsync(DomainScriptName.TemplateAccessRead, request, Describe(template, principal), cancellationToken).ConfigureAwait(false);
        return Read(result);
    }

    /// <summary>Adds the declared rights that are missing and removes the undeclared managed ones.</summary>
    public async Task<TemplateAccessInfo> SetAsync(string template, string principal, TemplateRights rights, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rights);
        var request = Request(template, principal);
        request["enroll"] = rights.Enroll;
        request["autoenroll"] = rights.Autoenroll;
        request["read"] = rights.Read;
        using var held = await _locks.AcquireAsync(template, cancellationToken).ConfigureAwait(false);
        var result = await _runner.RunAsync(DomainScriptName.TemplateAccessSet, request, Describe(template, principal), cancellationToken).ConfigureAwait(false);
        return Read(result);
    }

    /// <summary>Removes exactly the principal's three managed allow ACEs; its other ACEs stay.</summary>
    public async Task<TemplateAccessInfo> RemoveAsync(string template, string principal, CancellationToken cancellationToken)
    {
        var request = Request(template, principal);
        request["enroll"] = false;
        request["autoenroll"] = false;
        request["read"] = false;
        using var held = await _locks.AcquireAsync(template, cancellationToken).ConfigureAwait(false);
        var result = await _runner.RunAsync(DomainScriptName.TemplateAccessRemove, request, Describe(template, principal), cancellationToken).ConfigureAwait(false);
        return Read(result);
    }

    private static JsonObject Request(string template, string principal)
    {
        var failures = TemplateAccessValidator.Validate(template, principal);
        if (failures.Count > 0)
        {
            throw GroupPolicyException.Invalid(failures);
        }

        return new JsonObject { ["template"] = template, ["principal"] = principal };
    }

    private static TemplateAccessInfo Read(JsonElement result) => new(
        result.GetProperty("template").GetString()!,
        result.GetProperty("templateDn").GetString()!,
        result.GetProperty("principal").GetString()!,
        result.GetProperty("principalSid").GetString()!,
        new TemplateRights(
            result.GetProperty("enroll").GetBoolean(),
            result.GetProperty("autoenroll").GetBoolean(),
            result.GetProperty("read").GetBoolean()),
        ReadStrings(result.GetProperty("otherAccess")),
        result.GetProperty("changed").GetBoolean());

    private static string[] ReadStrings(JsonElement value) => value.ValueKind switch
    {
        // Windows PowerShell may flatten a one-element array or drop an empty one.
        JsonValueKind.Array => value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray(),
        JsonValueKind.String => [value.GetString()!],
        _ => [],
    };

    private string Describe(string template, string principal) => $"template '{template}', principal '{principal}', {_runner.Scope}";
}
