using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Objects;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.ActiveDirectory.Management.Commands;

/// <summary>-Server, shared by every ActiveDirectory cmdlet, and the lab directory behind them.</summary>
public abstract class ActiveDirectoryCmdletBase : PSCmdlet
{
    private AdStore? _store;

    /// <summary>The DC or domain to ask. Omitted, the cmdlets ask the DC they run on (on a DC: itself).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Server { get; set; }

    internal AdStore Store => _store ?? throw new InvalidOperationException("The store is opened in BeginProcessing.");

    protected override void BeginProcessing()
    {
        if (Server is not null && !LabDirectory.IsThisServer(Server))
        {
            ThrowTerminatingError(new ErrorRecord(
                new ADServerDownException("Unable to contact the server. This may be because this server does not exist, it is currently down, or it does not have the Active Directory Web Services running."),
                "ActiveDirectoryServer:0", ErrorCategory.ResourceUnavailable, Server));
        }

        try
        {
            var paths = LabDataPaths.FromEnvironment();
            new GpoStore(paths).EnsureDomain();
            _store = new AdStore(paths.DataDirectory);
            _store.EnsureSeeded();
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(new ErrorRecord(exception, "LabDataUnavailable", ErrorCategory.ResourceUnavailable, null));
        }
    }

    /// <summary>Throws what Windows throws for an identity no object has: a terminating ADIdentityNotFoundException.</summary>
    internal void ThrowIdentityNotFound(string identity, string searchBase) =>
        ThrowTerminatingError(new ErrorRecord(
            new ADIdentityNotFoundException($"Cannot find an object with identity: '{identity}' under: '{searchBase}'."),
            "ActiveDirectoryCmdlet:Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException",
            ErrorCategory.ObjectNotFound, identity));

    internal void ThrowArgument(string message, string identity) =>
        ThrowTerminatingError(new ErrorRecord(new ArgumentException(message), "ActiveDirectoryCmdlet:System.ArgumentException", ErrorCategory.InvalidArgument, identity));

    /// <summary>
    /// The object an -Identity names: a DN, an objectGUID, or (for accounts) a SID or sAMAccountName; only objects
    /// whose class is one of <paramref name="classes"/> (all when empty).
    /// </summary>
    internal AdEntry? Resolve(string identity, bool accountIdentities, params string[] classes)
    {
        bool Fits(AdEntry e) => classes.Length == 0 || classes.Contains(e.ObjectClass, StringComparer.OrdinalIgnoreCase);
        if (DistinguishedNames.Canonical(identity) is not null && identity.Contains('=', StringComparison.Ordinal))
        {
            return Store.Find(identity) is { } byDn && Fits(byDn) ? byDn : null;
        }

        if (Guid.TryParse(identity, out var guid))
        {
            return Store.All().FirstOrDefault(e => e.ObjectGuid == guid && Fits(e));
        }

        if (!accountIdentities)
        {
            return null;
        }

        var all = Store.All().Where(Fits).ToList();
        return all.FirstOrDefault(e => e.Sid is not null && string.Equals(e.Sid, identity, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(e => e.SamAccountName is not null && string.Equals(e.SamAccountName, identity, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(e => e.ObjectClass == "computer" && string.Equals(e.SamAccountName, identity + "$", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Objects matching an LDAP filter of the one form the lab models: <c>(attribute=value)</c>, RFC 4515 escapes.</summary>
    internal IReadOnlyList<AdEntry> Search(string ldapFilter, string? searchBase, params string[] classes)
    {
        var filter = LdapFilter.Parse(ldapFilter);
        if (filter is null)
        {
            ThrowArgument($"The search filter cannot be recognized: '{ldapFilter}'. The lab models filters of the form (attribute=value) only.", ldapFilter);
        }

        return Store.All()
            .Where(e => classes.Length == 0 || classes.Contains(e.ObjectClass, StringComparer.OrdinalIgnoreCase))
            .Where(e => searchBase is null || IsUnder(e.DistinguishedName, searchBase))
            .Where(e => filter!.Value.Matches(e))
            .ToList();
    }

    internal void WriteEntry(AdEntry entry, string[]? properties, string typeName) =>
        WriteObject(AdObjects.Create(entry, Store, properties ?? [], typeName));

    private static bool IsUnder(string dn, string searchBase)
    {
        for (string? current = dn; current is not null; current = DistinguishedNames.Parent(current))
        {
            if (DistinguishedNames.AreEqual(current, searchBase))
            {
                return true;
            }
        }

        return false;
    }
}
