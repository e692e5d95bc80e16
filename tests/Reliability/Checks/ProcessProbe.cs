using System.Globalization;

namespace Reliability.Checks;

/// <summary>What /proc says about a process: resident memory, open sockets; and the lab's running PowerShell processes.</summary>
internal static class ProcessProbe
{
    /// <summary>VmRSS in bytes, or null when the process is gone.</summary>
    public static long? ResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kb is null ? null : long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>File descriptors of the process that are sockets (TCP connections, listeners).</summary>
    public static int Sockets(int pid)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd")
                .Count(fd => new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Running pwsh processes the lab started with this data directory.</summary>
    public static int LabPowerShellProcesses(string dataDirectory) => CertAutoenroll.ProviderTestSupport.LabProcesses.PowerShell(dataDirectory);
}
