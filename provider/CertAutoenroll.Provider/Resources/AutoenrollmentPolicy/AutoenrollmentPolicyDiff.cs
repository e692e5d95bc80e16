using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using static CertAutoenroll.Provider.Resources.AutoenrollmentPolicy.AutoenrollmentPolicyInputs;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>
/// Diff: one detailed entry per changed input. Another GPO or scope replaces the resource; every
/// other change updates in place. Naming the same GPO differently (by name instead of id) is no change.
/// </summary>
internal static class AutoenrollmentPolicyDiff
{
    public static DiffResponse Diff(DiffRequest request)
    {
        var oldOutputs = request.Olds ?? new Struct();
        var oldInputs = request.OldInputs is { Fields.Count: > 0 } ? request.OldInputs : oldOutputs;
        var news = request.News ?? new Struct();
        var sameGpo = NamesSameGpo(news, oldOutputs);

        var response = new DiffResponse { HasDetailedDiff = true };
        foreach (var key in Keys)
        {
            var before = oldInputs.Fields.GetValueOrDefault(key);
            var after = news.Fields.GetValueOrDefault(key);
            if (!ValueComparison.Changed(before, after) || (sameGpo && key is GpoNameKey or GpoIdKey))
            {
                continue;
            }

            var replace = key is GpoNameKey or GpoIdKey or ScopeKey;
            response.Diffs.Add(key);
            response.DetailedDiff[key] = new PropertyDiff { Kind = ValueComparison.KindOf(before, after, replace), InputDiff = true };
            if (replace)
            {
                response.Replaces.Add(key);
            }
        }

        response.Changes = response.Diffs.Count > 0 ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone;
        return response;
    }

    /// <summary>True when the new inputs name the GPO the old outputs resolved to.</summary>
    private static bool NamesSameGpo(Struct news, Struct oldOutputs)
    {
        var newId = KnownText(news, GpoIdKey);
        var newName = KnownText(news, GpoNameKey);
        var oldId = KnownText(oldOutputs, GpoIdKey);
        var oldName = KnownText(oldOutputs, GpoNameKey);
        if (news.Fields.TryGetValue(GpoIdKey, out var idValue) && PropertyValues.IsUnknown(idValue)
            || news.Fields.TryGetValue(GpoNameKey, out var nameValue) && PropertyValues.IsUnknown(nameValue))
        {
            return false;
        }

        if (newId is not null)
        {
            return oldId is not null && Guid.TryParse(newId, out var a) && Guid.TryParse(oldId, out var b) && a == b;
        }

        return newName is not null && oldName is not null && string.Equals(newName, oldName, StringComparison.OrdinalIgnoreCase);
    }

    private static string? KnownText(Struct values, string key) =>
        values.Fields.TryGetValue(key, out var raw) && !PropertyValues.IsUnknown(raw)
        && PropertyValues.Unwrap(raw) is { KindCase: Value.KindOneofCase.StringValue } text && text.StringValue.Length > 0
            ? text.StringValue
            : null;
}
