using System.Text;
using System.Text.RegularExpressions;

namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>
/// gPCUserExtensionNames / gPCMachineExtensionNames: <c>[{CSE}{tool}...]...</c>, client-side extensions sorted,
/// tools sorted within each bracket (MS-GPOL §2.2.4).
/// </summary>
internal static partial class ExtensionNameList
{
    public const string RegistryExtension = "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}";
    public const string UserRegistryTool = "{D02B1F73-3407-48AE-BA88-E8213C6761F1}";
    public const string MachineRegistryTool = "{D02B1F72-3407-48AE-BA88-E8213C6761F1}";

    public static string RegistryToolFor(GpoSection section) =>
        section == GpoSection.User ? UserRegistryTool : MachineRegistryTool;

    public static string Add(string? list, string extension, string tool)
    {
        var pairs = Parse(list ?? string.Empty);
        if (!pairs.TryGetValue(extension, out var tools))
        {
            tools = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            pairs.Add(extension, tools);
        }

        tools.Add(tool);
        var text = new StringBuilder();
        foreach (var (name, members) in pairs)
        {
            text.Append('[').Append(name);
            foreach (var member in members)
            {
                text.Append(member);
            }

            text.Append(']');
        }

        return text.ToString();
    }

    private static SortedDictionary<string, SortedSet<string>> Parse(string list)
    {
        var pairs = new SortedDictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (Match bracket in BracketPattern().Matches(list))
        {
            var guids = GuidPattern().Matches(bracket.Value).Select(m => m.Value.ToUpperInvariant()).ToList();
            if (guids.Count == 0)
            {
                continue;
            }

            if (!pairs.TryGetValue(guids[0], out var tools))
            {
                tools = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
                pairs.Add(guids[0], tools);
            }

            tools.UnionWith(guids.Skip(1));
        }

        return pairs;
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex BracketPattern();

    [GeneratedRegex(@"\{[0-9A-Fa-f-]{36}\}")]
    private static partial Regex GuidPattern();
}
