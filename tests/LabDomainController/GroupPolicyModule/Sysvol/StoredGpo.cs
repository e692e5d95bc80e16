namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>A GPO as the store found it: its folder name (GUID text as spelled on disk) and its AD document.</summary>
internal sealed record StoredGpo(Guid Id, string FolderName, AdGpoDocument Directory)
{
    public GpoVersion Version => GpoVersion.FromPacked(Directory.VersionNumber);
}
