using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Values;

/// <summary>Per-property comparison for diffs. An unknown new value counts as a change.</summary>
internal static class ValueComparison
{
    public static bool IsAbsent(Value? value) =>
        value is null || value.KindCase is Value.KindOneofCase.None or Value.KindOneofCase.NullValue;

    public static bool Changed(Value? before, Value? after)
    {
        if (IsAbsent(before) && IsAbsent(after))
        {
            return false;
        }

        if (IsAbsent(before) || IsAbsent(after) || PropertyValues.IsUnknown(after) || PropertyValues.IsUnknown(before))
        {
            return true;
        }

        return PropertyValues.Canonical(before!) != PropertyValues.Canonical(after!);
    }

    public static PropertyDiff.Types.Kind KindOf(Value? before, Value? after, bool replace) =>
        (IsAbsent(before), IsAbsent(after), replace) switch
        {
            (true, _, false) => PropertyDiff.Types.Kind.Add,
            (true, _, true) => PropertyDiff.Types.Kind.AddReplace,
            (_, true, false) => PropertyDiff.Types.Kind.Delete,
            (_, true, true) => PropertyDiff.Types.Kind.DeleteReplace,
            (_, _, false) => PropertyDiff.Types.Kind.Update,
            (_, _, true) => PropertyDiff.Types.Kind.UpdateReplace,
        };
}
