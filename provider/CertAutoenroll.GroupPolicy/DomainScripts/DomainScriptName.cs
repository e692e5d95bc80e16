namespace CertAutoenroll.GroupPolicy.DomainScripts;

/// <summary>The embedded DC scripts for GPOs, links and template access, one per operation.</summary>
internal enum DomainScriptName
{
    GpoRead,
    GpoCreate,
    GpoUpdate,
    GpoRemove,
    GpoEditAccess,
    LinkRead,
    LinkSet,
    LinkRemove,
    TemplateAccessRead,
    TemplateAccessSet,
    TemplateAccessRemove,
}
