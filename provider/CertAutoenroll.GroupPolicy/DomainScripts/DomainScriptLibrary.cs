using CertAutoenroll.GroupPolicy.Scripting;

namespace CertAutoenroll.GroupPolicy.DomainScripts;

/// <summary>The GPO, link and template-access scripts, composed with Domain.ps1 and the prelude (<see cref="ScriptComposer"/>).</summary>
internal static class DomainScriptLibrary
{
    private const string CommonFileName = "Domain.ps1";

    private const string ResourcePrefix = "CertAutoenroll.GroupPolicy.DomainScripts.";

    /// <summary>Every embedded file name of this family, e.g. <c>gpo-read.ps1</c>.</summary>
    public static IReadOnlyList<string> ResourceFileNames => ScriptComposer.ResourceFileNames(ResourcePrefix);

    public static string Get(DomainScriptName name) => ScriptComposer.Get(ResourcePrefix, FileName(name), CommonFileName);

    public static string FileName(DomainScriptName name) => name switch
    {
        DomainScriptName.GpoRead => "gpo-read.ps1",
        DomainScriptName.GpoCreate => "gpo-create.ps1",
        DomainScriptName.GpoUpdate => "gpo-update.ps1",
        DomainScriptName.GpoRemove => "gpo-remove.ps1",
        DomainScriptName.GpoEditAccess => "gpo-edit-access.ps1",
        DomainScriptName.LinkRead => "link-read.ps1",
        DomainScriptName.LinkSet => "link-set.ps1",
        DomainScriptName.LinkRemove => "link-remove.ps1",
        DomainScriptName.TemplateAccessRead => "template-access-read.ps1",
        DomainScriptName.TemplateAccessSet => "template-access-set.ps1",
        DomainScriptName.TemplateAccessRemove => "template-access-remove.ps1",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
