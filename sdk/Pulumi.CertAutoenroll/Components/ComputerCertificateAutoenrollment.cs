namespace Pulumi.CertAutoenroll.Components;

/// <summary>
/// Computer Configuration › Policies › Windows Settings › Security Settings › Public Key Policies ›
/// Certificate Services Client – Auto-Enrollment, on one GPO.
/// </summary>
public sealed class ComputerCertificateAutoenrollment : CertificateAutoenrollment
{
    /// <summary>Who gets the template rights when the args name no <c>Principal</c>.</summary>
    public const string DefaultPrincipal = "Domain Computers";

    public const string TypeToken = "certautoenroll:index:ComputerCertificateAutoenrollment";

    /// <summary>Declares computer certificate autoenrollment on the GPO the args name or create, with its links and template rights.</summary>
    /// <param name="name">The unique name of the component; its children are named the same.</param>
    /// <param name="args">The GPO, the settings and optionally a connection.</param>
    /// <param name="options">Options; an explicit provider here is used unless the args carry a connection.</param>
    public ComputerCertificateAutoenrollment(string name, CertificateAutoenrollmentArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, PolicyScope.Computer, DefaultPrincipal, name, args, options)
    {
    }
}
