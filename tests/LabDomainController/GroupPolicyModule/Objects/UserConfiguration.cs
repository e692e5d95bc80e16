using System.Globalization;

namespace Microsoft.GroupPolicy;

/// <summary>The user half's version numbers in AD and in SYSVOL (GPT.INI).</summary>
public sealed class UserConfiguration
{
    public required int DSVersion { get; init; }

    public required int SysvolVersion { get; init; }

    public required bool Enabled { get; init; }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"AD Version: {DSVersion}, SysVol Version: {SysvolVersion}");
}
