namespace CertAutoenroll.WinRm.PowerShell;

/// <param name="Output">The script's output stream as text, one line per object.</param>
/// <param name="Errors">Error records as readable text (CLIXML already decoded).</param>
/// <param name="Succeeded">False when the script threw a terminating error.</param>
public sealed record PowerShellResult(string Output, string Errors, bool Succeeded);
