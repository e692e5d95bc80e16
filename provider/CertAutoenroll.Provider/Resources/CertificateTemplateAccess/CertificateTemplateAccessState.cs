using CertAutoenroll.GroupPolicy.TemplateAccess;
using Google.Protobuf.WellKnownTypes;
using static CertAutoenroll.Provider.Resources.CertificateTemplateAccess.CertificateTemplateAccessProperties;

namespace CertAutoenroll.Provider.Resources.CertificateTemplateAccess;

/// <summary>A principal's rights on a template as the DC reports them, as inputs (refresh, import) and outputs.</summary>
internal static class CertificateTemplateAccessState
{
    public static string Id(TemplateAccessInfo access) => CertificateTemplateAccessId.Format(access.Template, access.PrincipalSid);

    /// <summary>None of the managed rights is present: nothing of the resource is left.</summary>
    public static bool IsGone(TemplateAccessInfo access) => !access.Rights.Enroll && !access.Rights.Autoenroll && !access.Rights.Read;

    public static Struct Outputs(Struct inputs, TemplateAccessInfo access)
    {
        var outputs = Inputs(inputs, access);
        outputs.Fields[TemplateDnKey] = Value.ForString(access.TemplateDn);
        outputs.Fields[PrincipalSidKey] = Value.ForString(access.PrincipalSid);
        outputs.Fields[OtherAccessKey] = Value.ForList([.. access.OtherAccess.Select(Value.ForString)]);
        return outputs;
    }

    /// <summary>Stored inputs (the principal as the program wrote it) with the DC's rights laid over them; on import, built from the DC.</summary>
    public static Struct Inputs(Struct? stored, TemplateAccessInfo access)
    {
        var inputs = stored?.Clone() ?? new Struct
        {
            Fields =
            {
                [TemplateKey] = Value.ForString(access.Template),
                [PrincipalKey] = Value.ForString(access.Principal),
            },
        };
        inputs.Fields[EnrollKey] = Value.ForBool(access.Rights.Enroll);
        inputs.Fields[AutoenrollKey] = Value.ForBool(access.Rights.Autoenroll);
        inputs.Fields[ReadKey] = Value.ForBool(access.Rights.Read);
        return inputs;
    }
}
