using CertAutoenroll.GroupPolicy.Gpos;
using CertAutoenroll.GroupPolicy.Model;
using Google.Protobuf.WellKnownTypes;
using static CertAutoenroll.Provider.Resources.GroupPolicy.GroupPolicyProperties;

namespace CertAutoenroll.Provider.Resources.GroupPolicy;

/// <summary>A GPO as the DC reports it, as inputs (for refresh and import) and outputs.</summary>
internal static class GroupPolicyState
{
    public static string Id(GpoInfo gpo) => GpoTarget.FormatId(gpo.Id);

    public static Struct Outputs(Struct inputs, GpoInfo gpo)
    {
        var outputs = Inputs(inputs, gpo);
        outputs.Fields[GpoIdKey] = Value.ForString(Id(gpo));
        outputs.Fields[DomainKey] = Value.ForString(gpo.Domain);
        outputs.Fields[PathKey] = Value.ForString(gpo.Path);
        return outputs;
    }

    /// <summary>
    /// The stored inputs with what the DC holds laid over them, so drift shows in the next diff; a
    /// comment the program leaves out stays out unless the GPO has one.
    /// </summary>
    public static Struct Inputs(Struct? stored, GpoInfo gpo)
    {
        var inputs = stored?.Clone() ?? new Struct();
        inputs.Fields[NameKey] = Value.ForString(gpo.Name);
        inputs.Fields[StatusKey] = Value.ForString(gpo.Status.ToString());
        if (inputs.Fields.ContainsKey(CommentKey) || gpo.Comment.Length > 0)
        {
            inputs.Fields[CommentKey] = Value.ForString(gpo.Comment);
        }

        return inputs;
    }
}
