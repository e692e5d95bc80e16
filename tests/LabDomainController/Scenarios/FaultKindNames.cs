using LabDomainController.WsMan;

namespace LabDomainController.Scenarios;

/// <summary>FaultKind's wire names (camelCase, as in JSON and on the command line) and the requests each kind can hit.</summary>
internal static class FaultKindNames
{
    public static readonly IReadOnlyList<FaultKind> All = Enum.GetValues<FaultKind>();

    public static string Name(FaultKind kind)
    {
        var text = kind.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    public static FaultKind Parse(string name, string field)
    {
        foreach (var kind in All)
        {
            if (string.Equals(Name(kind), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        throw new ArgumentException($"{field}: '{name}' is not a fault kind; use any of {string.Join(", ", All.Select(Name))}.", nameof(name));
    }

    /// <summary>Whether <paramref name="kind"/> can hit a request with this action, on a shell (with a running process) or not.</summary>
    public static bool AppliesTo(FaultKind kind, string action, bool hasShell, bool hasProcess) => kind switch
    {
        FaultKind.DropBefore or FaultKind.Http500 or FaultKind.QuotaOperations or FaultKind.Unauthorized => true,
        FaultKind.DropAfterSend => action == WsManActions.Send,
        FaultKind.DropAfterReceive => action == WsManActions.Receive,
        FaultKind.DelayReply => action is WsManActions.Send or WsManActions.Receive,
        FaultKind.ShellGone => hasShell,
        FaultKind.KillPowerShell => hasProcess && action is WsManActions.Send or WsManActions.Receive,
        FaultKind.QuotaShells => action == WsManActions.Create,
        _ => false,
    };
}
