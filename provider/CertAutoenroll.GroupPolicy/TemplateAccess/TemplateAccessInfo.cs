namespace CertAutoenroll.GroupPolicy.TemplateAccess;

/// <summary>What one principal may do on one certificate template.</summary>
/// <param name="TemplateDn">The template's DN under CN=Certificate Templates,CN=Public Key Services,CN=Services,CN=Configuration.</param>
/// <param name="PrincipalSid">The principal's SID, e.g. <c>S-1-5-21-…-513</c>.</param>
/// <param name="Rights">Which of the three managed allow ACEs are present.</param>
/// <param name="OtherAccess">The principal's other ACEs on the template, as SDDL ACE strings; kept, never changed.</param>
/// <param name="Changed">Whether the operation that returned it wrote anything.</param>
public sealed record TemplateAccessInfo(
    string Template,
    string TemplateDn,
    string Principal,
    string PrincipalSid,
    TemplateRights Rights,
    IReadOnlyList<string> OtherAccess,
    bool Changed);
