using System.Globalization;
using System.Text;

namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>The <c>[General]</c> section of a GPO's GPT.INI: <c>Version=</c> and <c>displayName=</c>.</summary>
internal static class GptIni
{
    public const string FileName = "GPT.INI";

    public static byte[] Format(GpoVersion version, string displayName) => Encoding.UTF8.GetBytes(
        $"[General]\r\nVersion={version.Packed.ToString(CultureInfo.InvariantCulture)}\r\ndisplayName={displayName}\r\n");

    public static GpoVersion ReadVersion(string path)
    {
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            var separator = line.IndexOf('=', StringComparison.Ordinal);
            if (separator > 0 && line[..separator].Trim().Equals("Version", StringComparison.OrdinalIgnoreCase))
            {
                return GpoVersion.FromPacked(uint.Parse(line[(separator + 1)..].Trim(), CultureInfo.InvariantCulture));
            }
        }

        return default;
    }
}
