namespace CertAutoenroll.WinRm.WsMan;

/// <summary>One ReceiveResponse: the bytes of each stream and, once the command ended, its exit code.</summary>
internal sealed record ReceiveOutput(byte[] Stdout, byte[] Stderr, bool Done, int? ExitCode)
{
    public static readonly ReceiveOutput TimedOut = new([], [], false, null);
}
