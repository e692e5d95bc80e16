using CertAutoenroll.Provider.Properties;

namespace CertAutoenroll.Provider.Resources.CertificateTemplateAccess;

/// <summary>The property table of <c>certautoenroll:index:CertificateTemplateAccess</c>: the only place its property names are spelled.</summary>
internal static class CertificateTemplateAccessProperties
{
    public const string Token = "certautoenroll:index:CertificateTemplateAccess";

    public const string TemplateKey = "template";
    public const string PrincipalKey = "principal";
    public const string EnrollKey = "enroll";
    public const string AutoenrollKey = "autoenroll";
    public const string ReadKey = "read";
    public const string TemplateDnKey = "templateDn";
    public const string PrincipalSidKey = "principalSid";
    public const string OtherAccessKey = "otherAccess";

    public static readonly PropertyTable Table = new(
        Token,
        "The rights of one principal on one certificate template (the template's Security tab): allow Enroll, Autoenroll and Read. Deleting the resource removes exactly the allow entries it manages; the principal's other entries and everyone else's stay. Refresh shows a right removed by hand as drift. Import with the id `<template>/<principalSid>` or `<template>/<DOMAIN\\name>`.",
        [
            PropertySpec.RequiredText(TemplateKey, "The certificate template's `cn` (its short name, not the display name), e.g. `User` or `Machine`. Changing it replaces the resource.", replaceOnChange: true),
            PropertySpec.RequiredText(PrincipalKey, "The user, group or computer granted the rights: `DOMAIN\\name`, a UPN (`name@domain`) or a SID, e.g. `CONTOSO\\Domain Users`. Changing it replaces the resource.", replaceOnChange: true),
            PropertySpec.Flag(EnrollKey, "Allow Enroll (extended right `0e10c968-78fb-11d2-90d4-00c04f79dc55`): the principal may request certificates from the template. Defaults to true.", PropertyDefault.Of(true)),
            PropertySpec.Flag(AutoenrollKey, "Allow Autoenroll (extended right `a05b8cc2-17bc-4802-a710-e7c15ab866a2`): clients of the principal enroll without user action when autoenrollment is on. Defaults to true.", PropertyDefault.Of(true)),
            PropertySpec.Flag(ReadKey, "Allow Read: the principal can see the template (needed to enroll). Defaults to true.", PropertyDefault.Of(true)),
            PropertySpec.Output(TemplateDnKey, PropertyKind.String, "The template's distinguished name under `CN=Certificate Templates,CN=Public Key Services,CN=Services,CN=Configuration`."),
            PropertySpec.Output(PrincipalSidKey, PropertyKind.String, "The principal's SID, e.g. `S-1-5-21-…-513`: part of the resource id."),
            PropertySpec.Output(OtherAccessKey, PropertyKind.StringList, "The principal's other entries on the template, as SDDL ACE strings: kept as they are, never changed."),
        ]);
}
