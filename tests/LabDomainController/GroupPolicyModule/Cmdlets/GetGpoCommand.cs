using System.Management.Automation;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>Get-GPO -Name | -Guid | -All.</summary>
[Cmdlet(VerbsCommon.Get, "GPO", DefaultParameterSetName = ByGuid)]
[OutputType(typeof(Gpo))]
public sealed class GetGpoCommand : GpoTargetCmdletBase
{
    private const string AllSet = "All";

    [Parameter(ParameterSetName = AllSet, Mandatory = true)]
    public SwitchParameter All { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == AllSet)
        {
            foreach (var gpo in Store.List())
            {
                WriteObject(ToGpo(gpo));
            }

            return;
        }

        if (ResolveGpo() is { } found)
        {
            WriteObject(ToGpo(found));
        }
    }
}
