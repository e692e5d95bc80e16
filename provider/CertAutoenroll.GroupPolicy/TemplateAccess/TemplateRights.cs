namespace CertAutoenroll.GroupPolicy.TemplateAccess;

/// <summary>
/// The allow ACEs the CertificateTemplateAccess resource manages for one principal:
/// Enroll <c>(OA;;CR;0e10c968-78fb-11d2-90d4-00c04f79dc55;;SID)</c>,
/// AutoEnroll <c>(OA;;CR;a05b8cc2-17bc-4802-a710-e7c15ab866a2;;SID)</c> and Read <c>(A;;RPLCLORC;;;SID)</c>.
/// </summary>
public sealed record TemplateRights(bool Enroll, bool Autoenroll, bool Read)
{
    public static Guid EnrollRight { get; } = Guid.Parse("0e10c968-78fb-11d2-90d4-00c04f79dc55");

    public static Guid AutoEnrollRight { get; } = Guid.Parse("a05b8cc2-17bc-4802-a710-e7c15ab866a2");

    public static TemplateRights All { get; } = new(true, true, true);

    public static TemplateRights None { get; } = new(false, false, false);
}
