namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// A PowerShell host that runs scripts one after another. Implementations keep the
/// underlying process (local or remote) alive between calls.
/// </summary>
public interface IPowerShellSession : IAsyncDisposable
{
    /// <summary>
    /// Runs <paramref name="script"/> with <paramref name="argument"/> as its single positional
    /// argument (a string, passed as data and never spliced into script text) and returns what
    /// the script wrote to its output and error streams.
    /// </summary>
    Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken);
}
