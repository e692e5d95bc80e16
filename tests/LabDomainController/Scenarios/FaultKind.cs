namespace LabDomainController.Scenarios;

/// <summary>The ways the lab DC fails on purpose, each as a real DC or network fails (the wire names are camelCase).</summary>
internal enum FaultKind
{
    /// <summary>The connection drops before the request is processed.</summary>
    DropBefore,

    /// <summary>HTTP 500 with the service's w:InternalError fault, before the request is processed.</summary>
    Http500,

    /// <summary>A Send is processed (stdin reaches the process), then the connection drops before the reply.</summary>
    DropAfterSend,

    /// <summary>A Receive is processed (its output taken), then the connection drops before the reply: that output is lost.</summary>
    DropAfterReceive,

    /// <summary>Every shell vanishes with its processes, as on a WinRM service restart; the request then meets "shell not found".</summary>
    ShellGone,

    /// <summary>The shell's PowerShell process is killed while it runs; the request is then processed as usual.</summary>
    KillPowerShell,

    /// <summary>A Send or Receive is processed, then its reply waits past the client's timeout.</summary>
    DelayReply,

    /// <summary>The MaxConcurrentOperationsPerUser quota fault, before the request is processed.</summary>
    QuotaOperations,

    /// <summary>The MaxShellsPerUser quota fault on a Create.</summary>
    QuotaShells,

    /// <summary>HTTP 401 on an established connection: its logon is dropped (as when the service forgets it) and must be made again.</summary>
    Unauthorized,
}
