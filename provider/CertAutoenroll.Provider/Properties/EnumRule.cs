namespace CertAutoenroll.Provider.Properties;

/// <summary>
/// The one way enum text is read, for inputs and config alike: a member name in any case; numbers
/// are refused (Enum.TryParse would take "1").
/// </summary>
internal static class EnumRule
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, System.Enum
    {
        value = default;
        return text is not null && !int.TryParse(text, out _) && System.Enum.TryParse(text, ignoreCase: true, out value) && System.Enum.IsDefined(value);
    }

    /// <summary>The canonical spelling of <paramref name="text"/> among <paramref name="names"/>, or null.</summary>
    public static string? Canonical(string? text, IEnumerable<string> names) =>
        text is null ? null : names.FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
}
