using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.GpoSecurity;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>New-GPO -Name [-Comment]. Refuses a display name already in use.</summary>
[Cmdlet(VerbsCommon.New, "GPO", SupportsShouldProcess = true)]
[OutputType(typeof(Gpo))]
public sealed class NewGpoCommand : GroupPolicyCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("DisplayName")]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    [Parameter]
    public string? Comment { get; set; }

    protected override void ProcessRecord()
    {
        if (Name.Any(char.IsControl))
        {
            WriteError(GroupPolicyErrors.InvalidArgument(
                "The GPO name contains a control character; use printable characters only.", "InvalidGpoName", Name));
            return;
        }

        if (Store.FindByName(Name).Count > 0)
        {
            WriteError(GroupPolicyErrors.GpoWithNameAlreadyExists(Name));
            return;
        }

        if (ShouldProcess(Name, "New-GPO"))
        {
            // Creating a GPO is creating a groupPolicyContainer under CN=Policies: Domain Admins, Enterprise Admins, GPCO.
            var directory = DirectoryStore;
            var token = Token;
            var policies = directory.Find(LabDirectory.PoliciesContainer);
            if (policies is null || !AccessCheck.Grants(policies.SecurityDescriptor, token, AccessCheck.CreateChild, GpoDescriptors.GroupPolicyContainerClass))
            {
                throw GroupPolicyErrors.AccessDenied();
            }

            var creator = directory.All().FirstOrDefault(e => e.ObjectClass == "user" && string.Equals(e.SamAccountName, LabLogon.Account, StringComparison.OrdinalIgnoreCase));
            var descriptor = GpoDescriptors.ForNewGpo(creator?.Sid, token);
            var created = Store.Create(Guid.NewGuid(), Name, Comment ?? string.Empty, descriptor);
            if (!descriptor.StartsWith("O:DA", StringComparison.Ordinal) && creator is not null)
            {
                created.Directory.Owner = LabDomain.NetBiosName + "\\" + creator.SamAccountName;
                Store.Save(created.FolderName, created.Directory);
            }

            WriteObject(ToGpo(created));
        }
    }
}
