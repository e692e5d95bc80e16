namespace Pulumi.CertAutoenroll.Components;

/// <summary>
/// User Configuration › Policies › Windows Settings › Security Settings › Public Key Policies ›
/// Certificate Services Client – Auto-Enrollment, on one GPO.
/// </summary>
public sealed class UserCertificateAutoenrollment : CertificateAutoenrollment
{
    /// <summary>Who gets the template rights when the args name no <c>Principal</c>.</summary>
    public const string DefaultPrincipal = "Domain Users";

    public const string TypeToken = "certautoenroll:index:UserCertificateAutoenrollment";

    /// <summary>Declares user certificate autoenrollment on the GPO the args name or create, with its links and template rights.</summary>
    /// <param name="name">The unique name of the component; its children are named the same.</param>
    /// <param name="args">The GPO, the settings and optionally a connection.</param>
    /// <param name="options">Options; an explicit provider here is used unless the args carry a connection.</param>
    public UserCertificateAutoenrollment(string name, CertificateAutoenrollmentArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, PolicyScope.User, DefaultPrincipal, name, args, options)
    {
    }
}
