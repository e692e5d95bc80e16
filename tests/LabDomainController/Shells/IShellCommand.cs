namespace LabDomainController.Shells;

/// <summary>A command running in a shell: stdin in through Send, output out through Receive.</summary>
internal interface IShellCommand : IAsyncDisposable
{
    string CommandId { get; }

    CommandOutput Output { get; }

    /// <summary>True while its process runs; counts against MaxProcessesPerShell.</summary>
    bool IsRunning { get; }

    Task WriteStdinAsync(ReadOnlyMemory<byte> data, bool end, CancellationToken cancellationToken);

    /// <summary>terminate / ctrl_c: stops the process (tree) if it still runs.</summary>
    void Terminate();
}
