using CertAutoenroll.GroupPolicy.Links;
using CertAutoenroll.GroupPolicy.Model;
using Google.Protobuf.WellKnownTypes;
using static CertAutoenroll.Provider.Resources.GroupPolicyLink.GroupPolicyLinkProperties;

namespace CertAutoenroll.Provider.Resources.GroupPolicyLink;

/// <summary>A link as the DC reports it, as inputs (refresh, import) and outputs.</summary>
internal static class GroupPolicyLinkState
{
    public static string Id(GpoLinkInfo link) => GroupPolicyLinkId.Format(link.GpoId, link.Target);

    public static Struct Outputs(Struct inputs, GpoLinkInfo link)
    {
        var outputs = Inputs(inputs, link);
        outputs.Fields[GpoIdKey] = Value.ForString(GpoTarget.FormatId(link.GpoId));
        outputs.Fields[GpoNameKey] = Value.ForString(link.GpoName);
        outputs.Fields[OrderKey] = Value.ForNumber(link.Order);
        return outputs;
    }

    /// <summary>
    /// Stored inputs with the DC's flags laid over them (drift shows in the next diff); the order
    /// only when the program declares one. On import: the GPO by id, the target, the flags.
    /// </summary>
    public static Struct Inputs(Struct? stored, GpoLinkInfo link)
    {
        var inputs = stored?.Clone() ?? new Struct
        {
            Fields =
            {
                [GpoIdKey] = Value.ForString(GpoTarget.FormatId(link.GpoId)),
                [TargetKey] = Value.ForString(link.Target),
            },
        };
        inputs.Fields[EnabledKey] = Value.ForBool(link.Enabled);
        inputs.Fields[EnforcedKey] = Value.ForBool(link.Enforced);
        if (inputs.Fields.ContainsKey(OrderKey))
        {
            inputs.Fields[OrderKey] = Value.ForNumber(link.Order);
        }

        return inputs;
    }
}
