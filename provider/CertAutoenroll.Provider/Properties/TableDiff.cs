using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Properties;

/// <summary>
/// Diff driven by a property table: one detailed entry per changed input, a replacement when the
/// table says so. <paramref name="unchanged"/> names inputs the resource knows to be equivalent
/// although spelled differently (the same GPO by name instead of id).
/// </summary>
internal static class TableDiff
{
    public static DiffResponse Diff(PropertyTable table, DiffRequest request, IReadOnlySet<string>? unchanged = null)
    {
        var oldInputs = OldInputs(request);
        var news = request.News ?? new Struct();
        var response = new DiffResponse { HasDetailedDiff = true };
        foreach (var spec in table.Inputs)
        {
            var before = oldInputs.Fields.GetValueOrDefault(spec.Name);
            var after = news.Fields.GetValueOrDefault(spec.Name);
            if (!ValueComparison.Changed(before, after) || unchanged?.Contains(spec.Name) == true)
            {
                continue;
            }

            response.Diffs.Add(spec.Name);
            response.DetailedDiff[spec.Name] = new PropertyDiff { Kind = ValueComparison.KindOf(before, after, spec.ReplaceOnChange), InputDiff = true };
            if (spec.ReplaceOnChange)
            {
                response.Replaces.Add(spec.Name);
            }
        }

        response.Changes = response.Diffs.Count > 0 ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone;
        return response;
    }

    /// <summary>The old inputs, or the old outputs for state written before the engine sent old inputs.</summary>
    public static Struct OldInputs(DiffRequest request) =>
        request.OldInputs is { Fields.Count: > 0 } ? request.OldInputs : request.Olds ?? new Struct();
}
