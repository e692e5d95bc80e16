namespace CertAutoenroll.WinRm.Shell;

/// <summary>What a finished remote command wrote and how it exited. Stderr has CLIXML already decoded when the command was PowerShell.</summary>
public sealed record CommandResult(string Stdout, string Stderr, int ExitCode);
