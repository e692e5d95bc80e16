using System.Globalization;

namespace CertAutoenroll.GroupPolicy.Validation;

/// <summary>Checks shared by every free-text input (GPO names, store names, domains).</summary>
internal static class TextRules
{
    /// <summary>Null when <paramref name="value"/> is fine; otherwise what is wrong with it, for "<paramref name="field"/> …".</summary>
    public static string? Problem(string field, string? value, int maxLength, string example)
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"{field} must not be empty; give a value such as {example}.";
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{field} must not be only whitespace; give a value such as {example}.";
        }

        var control = IndexOfControl(value);
        if (control >= 0)
        {
            var code = ((int)value[control]).ToString("X4", CultureInfo.InvariantCulture);
            return $"{field} contains the control character U+{code} at position {control}; remove it (line breaks, tabs and other control characters are not allowed).";
        }

        if (!IsWellFormedUtf16(value))
        {
            return $"{field} contains a broken Unicode surrogate pair; remove the stray character.";
        }

        if (value.Trim().Length != value.Length)
        {
            return $"{field} has leading or trailing whitespace; remove it.";
        }

        if (value.Length > maxLength)
        {
            return $"{field} is {value.Length} characters long; shorten it to at most {maxLength}.";
        }

        return null;
    }

    private static int IndexOfControl(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsWellFormedUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
