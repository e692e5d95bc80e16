namespace LabDomainController.GroupPolicyModule.RegistryPol;

/// <summary>Constants of MS-GPREG §2.2.1.</summary>
internal static class RegistryPolFormat
{
    /// <summary>"PReg" read as a little-endian 32-bit number.</summary>
    public const uint Signature = 0x67655250;
    public const uint Version = 1;
    public const int HeaderLength = 8;
    public const char OpenBracket = '[';
    public const char CloseBracket = ']';
    public const char Separator = ';';
}
