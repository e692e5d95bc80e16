namespace CertAutoenroll.Provider.Resources.CertificateTemplateAccess;

/// <summary>Resource ids: <c>User/S-1-5-21-…-513</c>; import also takes <c>User/CONTOSO\Domain Users</c> (account names never contain '/').</summary>
internal sealed record CertificateTemplateAccessId(string Template, string Principal)
{
    public const string Help = @"expected '<template>/<principalSid>' or '<template>/<DOMAIN\name>', e.g. 'User/S-1-5-21-1004336348-1177238915-682003330-513' or 'User/CONTOSO\Domain Users'";

    public static string Format(string template, string principalSid) => $"{template}/{principalSid}";

    public static bool TryParse(string id, out CertificateTemplateAccessId parsed)
    {
        var separator = id.LastIndexOf('/');
        parsed = separator > 0 && separator < id.Length - 1
            ? new CertificateTemplateAccessId(id[..separator].Trim(), id[(separator + 1)..].Trim())
            : new CertificateTemplateAccessId(string.Empty, string.Empty);
        return parsed.Template.Length > 0 && parsed.Principal.Length > 0;
    }
}
