namespace Pulumi.CertAutoenroll;

/// <summary>The inputs of <see cref="CertificateTemplateAccess"/>.</summary>
public sealed class CertificateTemplateAccessArgs : ResourceArgs
{
    /// <summary>The template's <c>cn</c>, e.g. <c>User</c> or <c>Machine</c>. Required.</summary>
    [Input("template", required: true)]
    public Input<string> Template { get; set; } = null!;

    /// <summary>The group or account: <c>DOMAIN\name</c>, a UPN or a SID. Required.</summary>
    [Input("principal", required: true)]
    public Input<string> Principal { get; set; } = null!;

    /// <summary>Grant the Enroll extended right; default true.</summary>
    [Input("enroll")]
    public Input<bool>? Enroll { get; set; }

    /// <summary>Grant the AutoEnroll extended right; default true.</summary>
    [Input("autoenroll")]
    public Input<bool>? Autoenroll { get; set; }

    /// <summary>Grant Read, which enrollment also needs; default true.</summary>
    [Input("read")]
    public Input<bool>? Read { get; set; }

    public static new CertificateTemplateAccessArgs Empty => new();
}
