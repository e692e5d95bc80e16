namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>
/// Where things live under the data directory:
/// <c>sysvol/lab.test/Policies/{GUID}/GPT.INI</c>, <c>.../User|Machine/Registry.pol</c> and <c>ad/{GUID}.json</c>.
/// </summary>
internal sealed class LabDataPaths(string dataDirectory)
{
    public const string DataDirectoryVariable = "LAB_DATA_DIR";

    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string Policies => Path.Combine(DataDirectory, "sysvol", LabDomain.Name, "Policies");

    public string Ad => Path.Combine(DataDirectory, "ad");

    /// <summary>The DC's %ProgramData% (C:\ProgramData on Windows), machine-wide and writable by administrators.</summary>
    public string ProgramData => Path.Combine(DataDirectory, "ProgramData");

    public string GpoFolder(string folderName) => Path.Combine(Policies, folderName);

    public string GptIni(string folderName) => Path.Combine(GpoFolder(folderName), Sysvol.GptIni.FileName);

    public string RegistryPol(string folderName, GpoSection section) =>
        Path.Combine(GpoFolder(folderName), section == GpoSection.User ? "User" : "Machine", "Registry.pol");

    public string AdDocument(string folderName) => Path.Combine(Ad, folderName + ".json");

    public static LabDataPaths FromEnvironment()
    {
        var directory = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new InvalidOperationException(
                $"The lab GroupPolicy module needs the environment variable {DataDirectoryVariable} (the lab data directory); start pwsh through LabPowerShell.CreateStartInfo.");
        }

        return new LabDataPaths(directory);
    }
}
