using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using Google.Protobuf.WellKnownTypes;
using static CertAutoenroll.Provider.Resources.AutoenrollmentPolicy.AutoenrollmentPolicyProperties;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>
/// The inputs Read returns: on refresh the stored inputs with the DC's settings laid over them
/// (so drift shows up in the next diff); on import, inputs built entirely from the DC.
/// </summary>
internal static class AutoenrollmentPolicyReadInputs
{
    public static Struct Build(Struct? storedInputs, AutoenrollmentPolicyId id, PolicyState state)
    {
        Struct inputs;
        if (storedInputs is { Fields.Count: > 0 })
        {
            inputs = storedInputs.Clone();
        }
        else
        {
            inputs = new Struct();
            if (id.GpoId is not null)
            {
                inputs.Fields[GpoIdKey] = Value.ForString(GpoTarget.FormatId(state.GpoId));
            }
            else
            {
                inputs.Fields[GpoNameKey] = Value.ForString(state.GpoName);
            }
        }

        inputs.Fields[ScopeKey] = Value.ForString(state.Scope.ToString());
        AutoenrollmentPolicyInputs.WriteSettings(inputs, state.Settings!);
        return inputs;
    }
}
