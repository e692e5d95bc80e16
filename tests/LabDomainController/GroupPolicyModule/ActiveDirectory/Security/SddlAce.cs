namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Security;

/// <summary>One ACE of an SDDL DACL: <c>(type;flags;rights;objectGuid;inheritedObjectGuid;trustee)</c>.</summary>
internal sealed record SddlAce(string Type, string Flags, int Rights, Guid? ObjectType, Guid? InheritedObjectType, string Sid)
{
    private static readonly string[] Types = ["A", "D", "OA", "OD"];
    private static readonly string[] FlagTokens = ["CI", "OI", "NP", "IO", "ID", "SA", "FA"];

    public bool IsInherited => Flags.Contains("ID", StringComparison.Ordinal);

    /// <summary>Parses one ACE; throws <see cref="ArgumentException"/> as Windows does for malformed SDDL.</summary>
    public static SddlAce Parse(string text)
    {
        var fields = text.Split(';');
        if (fields.Length != 6)
        {
            throw Invalid(text);
        }

        var type = fields[0].ToUpperInvariant();
        var flags = fields[1].ToUpperInvariant();
        if (!Types.Contains(type) || flags.Length % 2 != 0 || Enumerable.Range(0, flags.Length / 2).Any(i => !FlagTokens.Contains(flags.Substring(i * 2, 2))))
        {
            throw Invalid(text);
        }

        var rights = SddlAliases.ParseRights(fields[2]) ?? throw Invalid(text);
        var objectType = ParseGuid(fields[3], text);
        var inherited = ParseGuid(fields[4], text);
        if (type is "A" or "D" && (objectType is not null || inherited is not null))
        {
            throw Invalid(text);
        }

        var sid = SddlAliases.ToSid(fields[5]) ?? throw Invalid(text);
        return new SddlAce(type, flags, rights, objectType, inherited, sid);
    }

    public override string ToString() =>
        $"({Type};{Flags};{SddlAliases.FormatRights(Rights)};{ObjectType?.ToString("D") ?? string.Empty};{InheritedObjectType?.ToString("D") ?? string.Empty};{SddlAliases.ToTrustee(Sid)})";

    private static Guid? ParseGuid(string text, string ace)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return Guid.TryParseExact(text, "D", out var guid) ? guid : throw Invalid(ace);
    }

    private static ArgumentException Invalid(string ace) =>
        new($"The SDDL form of a security descriptor object is invalid (ACE '{ace}').", "sddlForm");
}
