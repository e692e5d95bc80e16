using System.Globalization;

namespace CertAutoenroll.ProviderTestSupport;

/// <summary>What /proc says about the processes a lab DC started.</summary>
internal static class LabProcesses
{
    /// <summary>Running pwsh processes (<c>dotnet pwsh.dll</c>) the lab started with this data directory (it hands it to each).</summary>
    public static int PowerShell(string dataDirectory)
    {
        var marker = "LAB_DATA_DIR=" + Path.GetFullPath(dataDirectory);
        var count = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            try
            {
                var environment = File.ReadAllText(Path.Combine(directory, "environ")).Split('\0');
                if (environment.Contains(marker, StringComparer.Ordinal)
                    && File.ReadAllText(Path.Combine(directory, "cmdline")).Contains("pwsh", StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or not ours.
            }
        }

        return count;
    }
}
