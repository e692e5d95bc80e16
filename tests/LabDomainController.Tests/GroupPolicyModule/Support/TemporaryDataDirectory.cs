namespace LabDomainController.Tests.GroupPolicyModule.Support;

/// <summary>A fresh lab data directory, deleted on dispose.</summary>
public sealed class TemporaryDataDirectory : IDisposable
{
    public TemporaryDataDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lab-gpmodule-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test run over it is not.
        }
    }
}
