namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Security;

/// <summary>
/// Whether a token is granted access rights by a security descriptor, as AccessCheck decides for a directory object
/// (MS-DTYP 2.5.3.2): ACEs in order, inherit-only ones skipped, a deny of any wanted bit refuses, allows add up; object
/// ACEs count only for the object type asked for; the owner is implicitly granted READ_CONTROL and WRITE_DAC.
/// </summary>
internal static class AccessCheck
{
    public const int CreateChild = 0x1;
    public const int DeleteChild = 0x2;
    public const int ListChildren = 0x4;
    public const int ReadProperty = 0x10;
    public const int WriteProperty = 0x20;
    public const int ListObject = 0x80;
    public const int ControlAccess = 0x100;
    public const int Delete = 0x10000;
    public const int ReadControl = 0x20000;
    public const int WriteDac = 0x40000;
    public const int WriteOwner = 0x80000;

    private const int GenericAll = 0x10000000;
    private const int GenericExecute = 0x20000000;
    private const int GenericWrite = 0x40000000;
    private const int GenericRead = unchecked((int)0x80000000);

    public static bool Grants(string sddl, IReadOnlySet<string> token, int wanted, Guid? objectType = null)
    {
        var descriptor = new LabActiveDirectorySecurity(sddl, _ => null);
        var remaining = wanted;
        if (token.Contains(descriptor.OwnerSid))
        {
            remaining &= ~(ReadControl | WriteDac);
        }

        foreach (var ace in descriptor.Aces)
        {
            if (remaining == 0)
            {
                break;
            }

            if (ace.Flags.Contains("IO", StringComparison.Ordinal) || !token.Contains(ace.Sid)
                || (ace.ObjectType is { } aceObject && aceObject != objectType))
            {
                continue;
            }

            var mask = Expand(ace.Rights);
            if (ace.Type is "D" or "OD")
            {
                if ((mask & remaining) != 0)
                {
                    return false;
                }
            }
            else
            {
                remaining &= ~mask;
            }
        }

        return remaining == 0;
    }

    /// <summary>Generic rights mapped to directory-object rights (MS-ADTS 5.1.3.3.1 generic mapping).</summary>
    public static int Expand(int mask)
    {
        var result = mask & ~(GenericAll | GenericExecute | GenericWrite | GenericRead);
        if ((mask & GenericAll) != 0)
        {
            result |= 0xF01FF;
        }

        if ((mask & GenericRead) != 0)
        {
            result |= ReadControl | ListChildren | ReadProperty | ListObject;
        }

        if ((mask & GenericWrite) != 0)
        {
            result |= ReadControl | 0x8 | WriteProperty;
        }

        if ((mask & GenericExecute) != 0)
        {
            result |= ReadControl | ListChildren;
        }

        return result;
    }
}
