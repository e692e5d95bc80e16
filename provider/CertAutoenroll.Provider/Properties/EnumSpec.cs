namespace CertAutoenroll.Provider.Properties;

/// <summary>An enum type of the schema: its token, description and members in order.</summary>
internal sealed record EnumSpec(string Token, string Description, IReadOnlyList<EnumMember> Members)
{
    /// <summary>Builds the members from a C# enum, so the names users write are the enum's names.</summary>
    public static EnumSpec Of<TEnum>(string token, string description, params (TEnum Member, string Description)[] members)
        where TEnum : struct, System.Enum
    {
        var missing = System.Enum.GetValues<TEnum>().Except(members.Select(m => m.Member)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{token} describes no member {string.Join(", ", missing)}");
        }

        return new EnumSpec(token, description, [.. members.Select(m => new EnumMember(m.Member.ToString(), m.Description))]);
    }

    public IEnumerable<string> Names => Members.Select(m => m.Name);
}

internal sealed record EnumMember(string Name, string Description);
