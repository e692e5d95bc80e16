using System.Collections.Immutable;

namespace Pulumi.CertAutoenroll;

/// <summary>
/// The Enroll, Autoenroll and Read rights of one principal on one certificate template. Deleting it
/// removes exactly the allow ACEs it added; the template's other ACEs stay.
/// Id: <c>&lt;template&gt;/&lt;principalSid&gt;</c>; import also takes <c>&lt;template&gt;/&lt;DOMAIN\name&gt;</c>.
/// </summary>
[CertAutoenrollResourceType("certautoenroll:index:CertificateTemplateAccess")]
public partial class CertificateTemplateAccess : CustomResource
{
    /// <summary>Grants the rights with the given unique name, arguments and options.</summary>
    /// <param name="name">The unique name of the resource.</param>
    /// <param name="args">The template, the principal and the rights.</param>
    /// <param name="options">A bag of options that control this resource's behaviour.</param>
    public CertificateTemplateAccess(string name, CertificateTemplateAccessArgs args, CustomResourceOptions? options = null)
        : base("certautoenroll:index:CertificateTemplateAccess", name, args ?? new CertificateTemplateAccessArgs(), MakeResourceOptions(options, ""))
    {
    }

    private CertificateTemplateAccess(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("certautoenroll:index:CertificateTemplateAccess", name, null, MakeResourceOptions(options, id))
    {
    }

    /// <summary>The template's <c>cn</c>, e.g. <c>User</c>.</summary>
    [Output("template")]
    public Output<string> Template { get; private set; } = null!;

    /// <summary>The principal as given: <c>DOMAIN\name</c>, a UPN or a SID.</summary>
    [Output("principal")]
    public Output<string> Principal { get; private set; } = null!;

    /// <summary>Whether the Enroll extended right is granted.</summary>
    [Output("enroll")]
    public Output<bool> Enroll { get; private set; } = null!;

    /// <summary>Whether the AutoEnroll extended right is granted.</summary>
    [Output("autoenroll")]
    public Output<bool> Autoenroll { get; private set; } = null!;

    /// <summary>Whether Read is granted.</summary>
    [Output("read")]
    public Output<bool> Read { get; private set; } = null!;

    /// <summary>The template's DN in the Certificate Templates container.</summary>
    [Output("templateDn")]
    public Output<string> TemplateDn { get; private set; } = null!;

    /// <summary>The principal's SID, <c>S-1-5-21-…</c>.</summary>
    [Output("principalSid")]
    public Output<string> PrincipalSid { get; private set; } = null!;

    /// <summary>The principal's other ACEs on the template, as SDDL ACE strings; kept, never changed.</summary>
    [Output("otherAccess")]
    public Output<ImmutableArray<string>> OtherAccess { get; private set; } = null!;

    /// <summary>Looks up existing rights by their id (<c>&lt;template&gt;/&lt;principalSid&gt;</c>) without managing them.</summary>
    /// <param name="name">The unique name of the resulting resource.</param>
    /// <param name="id">The provider id of the rights.</param>
    /// <param name="options">A bag of options that control this resource's behaviour.</param>
    public static CertificateTemplateAccess Get(string name, Input<string> id, CustomResourceOptions? options = null) =>
        new(name, id, options);

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions
        {
            Version = Utilities.Version,
        };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);

        // The id overrides whatever the options carried, as in the other language SDKs.
        merged.Id = id ?? merged.Id;
        return merged;
    }
}
