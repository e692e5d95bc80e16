using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using Microsoft.GroupPolicy;

namespace LabDomainController.GroupPolicyModule.GpoSecurity;

/// <summary>
/// GPMC's view of a GPO's DACL: per trustee, a delegation level (Read, Edit, EditDeleteModifySecurity or Custom) and,
/// separately, Apply (security filtering), so a trustee with both shows twice [doc: GPPermissionType; field report
/// MicrosoftDocs/windows-powershell-docs#3680]; Apply alone implies Read and shows once. Inherit-only ACEs (CREATOR
/// OWNER) are left out, as in Get-GPPermission -All of a new GPO [doc: Get-GPPermission example 3].
/// </summary>
internal static class GpoPermissionLevels
{
    public readonly record struct Level(string Sid, GPPermissionType Permission, bool Denied, bool Inherited);

    public static IReadOnlyList<Level> Of(LabActiveDirectorySecurity descriptor)
    {
        var levels = new List<Level>();
        foreach (var group in descriptor.Aces.Where(a => !a.Flags.Contains("IO", StringComparison.Ordinal))
            .GroupBy(a => (a.Sid, Deny: a.Type is "D" or "OD", a.IsInherited)))
        {
            var (sid, deny, inherited) = group.Key;
            var mask = group.Where(a => a.ObjectType is null).Aggregate(0, (m, a) => m | AccessCheck.Expand(a.Rights));
            var apply = group.Any(a => a.ObjectType == GpoDescriptors.ApplyGroupPolicy && (a.Rights & AccessCheck.ControlAccess) != 0);
            var others = group.Any(a => a.ObjectType is { } type && type != GpoDescriptors.ApplyGroupPolicy);
            if (deny)
            {
                levels.Add(new Level(sid, apply && mask == 0 && !others ? GPPermissionType.GpoApply : GPPermissionType.GpoCustom, true, inherited));
                continue;
            }

            var delegation = DelegationLevel(mask, others);
            if (apply && Has(mask, GpoDescriptors.Read))
            {
                levels.Add(new Level(sid, GPPermissionType.GpoApply, false, inherited));
                if (delegation == GPPermissionType.GpoRead)
                {
                    continue;
                }
            }
            else if (apply)
            {
                delegation = GPPermissionType.GpoCustom;
            }

            if (delegation != GPPermissionType.None)
            {
                levels.Add(new Level(sid, delegation, false, inherited));
            }
        }

        return levels;
    }

    /// <summary>The trustee's highest delegation level (None when it has none; Apply is not a delegation level).</summary>
    public static GPPermissionType DelegationOf(LabActiveDirectorySecurity descriptor, string sid) =>
        Of(descriptor).Where(l => !l.Denied && string.Equals(l.Sid, sid, StringComparison.OrdinalIgnoreCase) && l.Permission != GPPermissionType.GpoApply)
            .Select(l => l.Permission).DefaultIfEmpty(GPPermissionType.None).Max();

    public static int MaskOf(GPPermissionType level) => level switch
    {
        GPPermissionType.GpoRead or GPPermissionType.GpoApply => GpoDescriptors.Read,
        GPPermissionType.GpoEdit => GpoDescriptors.Edit,
        GPPermissionType.GpoEditDeleteModifySecurity => GpoDescriptors.EditDeleteModifySecurity,
        _ => 0,
    };

    /// <summary>
    /// Set-GPPermission: gives <paramref name="sid"/> <paramref name="level"/>; <paramref name="replace"/> drops the
    /// trustee's explicit ACEs first (None with replace removes it). Returns false when nothing changed.
    /// </summary>
    public static bool Set(LabActiveDirectorySecurity descriptor, string sid, GPPermissionType level, bool replace)
    {
        var aces = descriptor.Aces.ToList();
        bool Mine(SddlAce a) => !a.IsInherited && string.Equals(a.Sid, sid, StringComparison.OrdinalIgnoreCase);
        if (!replace)
        {
            var current = DelegationOf(descriptor, sid);
            var hasApply = Of(descriptor).Any(l => !l.Denied && l.Permission == GPPermissionType.GpoApply && string.Equals(l.Sid, sid, StringComparison.OrdinalIgnoreCase));
            var enough = level == GPPermissionType.GpoApply ? hasApply : current != GPPermissionType.GpoCustom && current >= level;
            if (enough || level == GPPermissionType.None)
            {
                return false;
            }
        }

        var keptApply = !replace && aces.Any(a => Mine(a) && a.ObjectType == GpoDescriptors.ApplyGroupPolicy);
        var keptMask = replace ? 0 : aces.Where(a => Mine(a) && a.Type == "A").Aggregate(0, (m, a) => m | a.Rights);
        aces.RemoveAll(a => Mine(a) && a.Type is "A" or "OA");
        var mask = keptMask | MaskOf(level);
        var insertAt = aces.FindIndex(a => a.IsInherited) is var inherited and >= 0 ? inherited : aces.Count;
        var added = new List<SddlAce>();
        if (mask != 0)
        {
            added.Add(new SddlAce("A", "CI", mask, null, null, sid));
        }

        if (level == GPPermissionType.GpoApply || keptApply)
        {
            added.Add(new SddlAce("OA", "CI", AccessCheck.ControlAccess, GpoDescriptors.ApplyGroupPolicy, null, sid));
        }

        aces.InsertRange(insertAt, added);
        descriptor.ReplaceAces(aces);
        return true;
    }

    private static GPPermissionType DelegationLevel(int mask, bool objectAces)
    {
        if (mask == 0 && !objectAces)
        {
            return GPPermissionType.None;
        }

        if (Exactly(mask, GpoDescriptors.EditDeleteModifySecurity))
        {
            return GPPermissionType.GpoEditDeleteModifySecurity;
        }

        if (Exactly(mask, GpoDescriptors.Edit))
        {
            return GPPermissionType.GpoEdit;
        }

        return Exactly(mask, GpoDescriptors.Read) && !objectAces ? GPPermissionType.GpoRead : GPPermissionType.GpoCustom;
    }

    // A level's rights and nothing GPMC would show as more: CONTROL_ACCESS and write owner mark custom rights below EDMS.
    private static bool Exactly(int mask, int level)
    {
        const int Significant = 0xF01FF & ~0x8 & ~0x40 & ~AccessCheck.ListObject;
        return (mask & Significant & ~AccessCheck.ControlAccess) == (level & Significant) && (mask & AccessCheck.ControlAccess) == 0;
    }

    private static bool Has(int mask, int wanted) => (mask & wanted) == wanted;
}
