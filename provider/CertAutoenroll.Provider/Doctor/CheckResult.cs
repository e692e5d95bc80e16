namespace CertAutoenroll.Provider.Doctor;

internal enum CheckStatus
{
    Passed,
    Failed,
    Skipped,

    /// <summary>Could not be decided; printed, but not a failure.</summary>
    Warned,
}

/// <summary>One printed line: what was checked, what was found and, for a failure, the fix.</summary>
internal sealed record CheckResult(string Name, CheckStatus Status, string Detail, string? Fix = null)
{
    public static CheckResult Pass(string name, string detail) => new(name, CheckStatus.Passed, detail);

    public static CheckResult Fail(string name, string detail, string fix) => new(name, CheckStatus.Failed, detail, fix);

    public static CheckResult Skip(string name, string detail) => new(name, CheckStatus.Skipped, detail);

    public static CheckResult Warn(string name, string detail) => new(name, CheckStatus.Warned, detail);

    public override string ToString()
    {
        var mark = Status switch
        {
            CheckStatus.Passed => "ok  ",
            CheckStatus.Failed => "FAIL",
            CheckStatus.Warned => "warn",
            _ => "skip",
        };
        return Fix is null ? $"{mark} {Name,-11} {Detail}" : $"{mark} {Name,-11} {Detail} Fix: {Fix}";
    }
}
