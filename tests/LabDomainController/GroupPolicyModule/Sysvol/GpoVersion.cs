namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>A GPO version: user half in the high 16 bits, computer half in the low 16 bits (MS-GPOL §2.2.4).</summary>
public readonly record struct GpoVersion(int User, int Computer)
{
    public uint Packed => ((uint)User << 16) | (uint)Computer;

    public static GpoVersion FromPacked(uint packed) => new((int)(packed >> 16), (int)(packed & 0xFFFF));

    public int Of(GpoSection section) => section == GpoSection.User ? User : Computer;

    /// <summary>The next version after a change to <paramref name="section"/>; a half wraps within 16 bits.</summary>
    public GpoVersion Bump(GpoSection section) => section == GpoSection.User
        ? this with { User = (User + 1) & 0xFFFF }
        : this with { Computer = (Computer + 1) & 0xFFFF };
}
