namespace CertAutoenroll.WinRm.WsMan;

/// <summary>What a new cmd shell is created with.</summary>
internal sealed record ShellSettings
{
    public int CodePage { get; init; } = 65001;

    public bool NoProfile { get; init; } = true;

    /// <summary>The service deletes the shell after this much inactivity, so a leaked shell does not live forever.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
