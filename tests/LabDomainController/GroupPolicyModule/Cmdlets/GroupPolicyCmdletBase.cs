using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.GpoSecurity;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.GroupPolicyModule.Topology;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>-Domain and -Server, shared by every cmdlet, and the lab store behind them.</summary>
public abstract class GroupPolicyCmdletBase : PSCmdlet
{
    private GpoStore? _store;

    [Parameter]
    [Alias("DomainName")]
    [ValidateNotNullOrEmpty]
    public string? Domain { get; set; }

    /// <summary>
    /// The DC to talk to; without it, the PDC emulator. Only the lab itself answers: any other machine is a second
    /// hop, which no lab logon can make (NTLM cannot delegate; the lab grants no Kerberos delegation).
    /// </summary>
    [Parameter]
    [Alias("DC")]
    [ValidateNotNullOrEmpty]
    public string? Server { get; set; }

    internal GpoStore Store => _store ?? throw new InvalidOperationException("The store is opened in BeginProcessing.");

    internal AdStore DirectoryStore => new(Store.Paths.DataDirectory);

    /// <summary>The logged-on account's token (<see cref="LabLogon"/>).</summary>
    internal IReadOnlySet<string> Token => LabLogon.Token(DirectoryStore);

    /// <summary>Throws access denied, as Windows does, unless the logon holds <paramref name="rights"/> on the GPO.</summary>
    internal void Demand(StoredGpo gpo, int rights)
    {
        var current = Store.FindById(gpo.Id)?.Directory ?? gpo.Directory;
        if (!AccessCheck.Grants(GpoDescriptors.Of(current), Token, rights))
        {
            throw GroupPolicyErrors.AccessDenied();
        }
    }

    /// <summary>The GPO named by id or (when <paramref name="id"/> is null) by name, or null after writing the error Windows writes.</summary>
    internal StoredGpo? ResolveGpo(Guid? id, string name)
    {
        if (id is { } guid)
        {
            var byId = Store.FindById(guid);
            if (byId is null)
            {
                WriteError(GroupPolicyErrors.GpoWithIdNotFound(guid));
            }

            return byId;
        }

        var byName = Store.FindByName(name);
        switch (byName.Count)
        {
            case 0:
                WriteError(GroupPolicyErrors.GpoWithNameNotFound(name));
                return null;
            case 1:
                return byName[0];
            default:
                WriteError(GroupPolicyErrors.GpoWithNameNotUnique(name, byName.Count));
                return null;
        }
    }

    protected override void BeginProcessing()
    {
        var topology = LabTopology.FromEnvironment();
        var server = Server ?? topology.Pdc;
        if (!LabTopology.IsThisMachine(server))
        {
            // Unhandled, as in the Windows module: PowerShell shapes it (NotSpecified, COMException,<command>).
            throw GroupPolicyErrors.SecondHop();
        }

        if (!LabDomain.IsThisDomain(Domain))
        {
            ThrowTerminatingError(GroupPolicyErrors.DomainNotContacted(Domain!));
        }

        try
        {
            _store = new GpoStore(LabDataPaths.FromEnvironment());
            _store.EnsureDomain();
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(GroupPolicyErrors.LabDataUnavailable(exception));
        }
    }

    private void Persist(string folderName, Gpo changed)
    {
        var current = Store.FindById(changed.Id)
            ?? throw new InvalidOperationException($"GPO with ID \"{GroupPolicyErrors.FormatId(changed.Id)}\" was not found in the {LabDomain.Name} domain.");
        var document = current.Directory;
        if (!AccessCheck.Grants(GpoDescriptors.Of(document), Token, AccessCheck.WriteProperty))
        {
            throw GroupPolicyErrors.AccessDenied();
        }

        document.Description = changed.Description;
        document.Flags = (document.Flags & ~3) | (int)changed.GpoStatus;
        document.WhenChanged = DateTime.UtcNow;
        Store.Save(folderName, document);
    }

    internal Gpo ToGpo(StoredGpo gpo)
    {
        var gptIni = Store.Paths.GptIni(gpo.FolderName);
        var sysvolVersion = File.Exists(gptIni) ? GptIni.ReadVersion(gptIni) : default;
        var document = gpo.Directory;
        var status = (GpoStatus)(document.Flags & 3);
        return new Gpo
        {
            DisplayName = document.DisplayName,
            DomainName = LabDomain.Name,
            Owner = document.Owner,
            Id = gpo.Id,
            Path = $"cn={gpo.FolderName},cn=policies,cn=system,{LabDomain.DistinguishedName}",
            Description = document.Description,
            GpoStatus = status,
            CreationTime = document.WhenCreated.ToLocalTime(),
            ModificationTime = document.WhenChanged.ToLocalTime(),
            User = new UserConfiguration
            {
                DSVersion = gpo.Version.User,
                SysvolVersion = sysvolVersion.User,
                Enabled = (status & GpoStatus.UserSettingsDisabled) == 0,
            },
            Computer = new ComputerConfiguration
            {
                DSVersion = gpo.Version.Computer,
                SysvolVersion = sysvolVersion.Computer,
                Enabled = (status & GpoStatus.ComputerSettingsDisabled) == 0,
            },
            Changed = changed => Persist(gpo.FolderName, changed),
        };
    }
}
