namespace CertAutoenroll.GroupPolicy.Gpos;

/// <summary>Whether an account may edit a GPO's settings, as the GPO's permissions and the account's groups decide.</summary>
public enum GpoEditDecision
{
    Allowed,
    Denied,

    /// <summary>Only custom permissions (GPMC "Custom") apply to the account: their rights are not known from the levels.</summary>
    Undecided,
}

/// <param name="Account">The connected account as the DC names it (<c>DOMAIN\name</c>).</param>
/// <param name="Grants">The account's entries with GpoEdit or more (<c>DOMAIN\trustee: level</c>).</param>
/// <param name="Custom">Its GpoCustom entries.</param>
/// <param name="Denies">Its deny entries (other than a denied Apply).</param>
/// <param name="Reads">Its entries below Edit (GpoRead, GpoApply).</param>
public sealed record GpoEditAccess(
    GpoInfo Gpo, string Account, GpoEditDecision Decision, IReadOnlyList<string> Grants, IReadOnlyList<string> Custom, IReadOnlyList<string> Denies, IReadOnlyList<string> Reads)
{
    internal static GpoEditAccess Read(JsonElement result)
    {
        var decision = result.GetProperty("decision").GetString() switch
        {
            "allowed" => GpoEditDecision.Allowed,
            "undecided" => GpoEditDecision.Undecided,
            _ => GpoEditDecision.Denied,
        };
        return new GpoEditAccess(
            GpoReply.Read(result.GetProperty("gpo"), changed: false),
            result.GetProperty("account").GetString() ?? string.Empty,
            decision,
            Strings(result, "grants"),
            Strings(result, "custom"),
            Strings(result, "denies"),
            Strings(result, "reads"));
    }

    // ConvertTo-Json writes an empty array as [], one item as a string in Windows PowerShell 5.1 when unwrapped: accept both.
    private static string[] Strings(JsonElement result, string name) =>
        !result.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray()
        : value.ValueKind == JsonValueKind.String ? [value.GetString() ?? string.Empty]
        : [];
}
