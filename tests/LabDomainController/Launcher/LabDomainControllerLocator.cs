namespace LabDomainController.Launcher;

/// <summary>Finds the built LabDomainController.dll from the repository root (the folder holding PulumiCertAutoenroll.sln).</summary>
internal static class LabDomainControllerLocator
{
    public const string SolutionFile = "PulumiCertAutoenroll.sln";

    public static string FindDll(string configuration)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, SolutionFile)))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new FileNotFoundException(
                $"Could not find {SolutionFile} above {AppContext.BaseDirectory}; run the tests from inside the repository.");
        }

        var dll = Path.Combine(directory.FullName, "tests", "LabDomainController", "bin", configuration, "net10.0", "LabDomainController.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException(
                $"{dll} does not exist. Build it first: dotnet build tests/LabDomainController -c {configuration}", dll);
    }
}
