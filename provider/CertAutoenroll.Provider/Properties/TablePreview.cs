using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Properties;

/// <summary>
/// Preview outputs, computed without the DC: the checked inputs, then for every output (and every
/// input the provider resolves when absent) the value the resource can compute locally, else what
/// an update's old outputs already hold, else an unknown of the property's kind.
/// </summary>
internal static class TablePreview
{
    /// <param name="compute">The resource's local knowledge: a value (possibly an unknown) or null for "not mine".</param>
    public static Struct Outputs(PropertyTable table, Struct inputs, Struct? previous, Func<string, Struct, Struct?, Value?>? compute = null)
    {
        var outputs = inputs.Clone();
        var prior = previous is { Fields.Count: > 0 } ? previous : null;
        foreach (var spec in table.Properties)
        {
            if (spec.IsInput && inputs.Fields.ContainsKey(spec.Name))
            {
                continue;
            }

            var computed = compute?.Invoke(spec.Name, inputs, prior);
            if (computed is null && spec.IsInput && !spec.ResolvedWhenAbsent)
            {
                continue; // an optional input left out stays out
            }

            outputs.Fields[spec.Name] = computed
                ?? prior?.Fields.GetValueOrDefault(spec.Name)
                ?? PropertyValues.Unknown(UnknownOf(spec.Kind));
        }

        return outputs;
    }

    public static string UnknownOf(PropertyKind kind) => kind switch
    {
        PropertyKind.Boolean => Sentinels.UnknownBool,
        PropertyKind.Integer => Sentinels.UnknownNumber,
        PropertyKind.StringList or PropertyKind.ObjectList => Sentinels.UnknownArray,
        PropertyKind.Object => Sentinels.UnknownObject,
        _ => Sentinels.UnknownString,
    };
}
