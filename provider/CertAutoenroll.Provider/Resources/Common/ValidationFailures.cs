using CertAutoenroll.GroupPolicy.Validation;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Resources.Common;

/// <summary>Runs the GroupPolicy library's input rules from Check, on the inputs that are known.</summary>
internal static class ValidationFailures
{
    public static IEnumerable<InputFailure> From(IEnumerable<ValidationFailure> failures) =>
        failures.Select(f => new InputFailure(f.Field, f.Message));

    /// <summary>True when none of <paramref name="keys"/> is unknown in <paramref name="values"/> (preview).</summary>
    public static bool AllKnown(Struct values, params string[] keys) =>
        keys.All(k => !values.Fields.TryGetValue(k, out var v) || !PropertyValues.ContainsUnknown(v));
}
