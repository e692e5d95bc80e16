namespace CertAutoenroll.GroupPolicy.Registry;

/// <summary>The AEPolicy DWORD bits the dialog writes (see reference/autoenrollment-policy.md).</summary>
public static class AePolicyBits
{
    /// <summary>"Update certificates that use certificate templates".</summary>
    public const uint UpdateCertificatesThatUseTemplates = 0x1;

    /// <summary>"Renew expired certificates, …": GPMC writes both bits and shows the box on when either is set.</summary>
    public const uint RenewExpiredCertificates = 0x2 | 0x4;

    /// <summary>Configuration Model = Disabled.</summary>
    public const uint Disabled = 0x8000;

    /// <summary>Every bit the model knows. Bits outside this mask are kept as they are when applying.</summary>
    public const uint Known = UpdateCertificatesThatUseTemplates | RenewExpiredCertificates | Disabled;
}
