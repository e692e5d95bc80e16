using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.GroupPolicyModule.Topology;

/// <summary>
/// Where the lab DC sits among the domain's machines, as the lab's PowerShell processes see it: its own names, the
/// PDC emulator (another machine by default, so a cmdlet without -Server makes a second hop), an optional second
/// domain, and the language of the GroupPolicy module's messages. Passed from the lab host in environment variables.
/// </summary>
public sealed record LabTopology
{
    public const string PdcVariable = "LAB_PDC";
    public const string OtherDomainVariable = "LAB_OTHER_DOMAIN";
    public const string CultureVariable = "LAB_CULTURE";

    /// <summary>Another machine than the lab, as a DC that is not the PDC emulator sees it.</summary>
    public const string DefaultPdc = "pdc.lab.test";

    /// <summary>The lab DC's NetBIOS name, as its directory knows it.</summary>
    public const string ComputerName = LabDirectory.DomainControllerName;

    public static string DnsHostName => LabDirectory.DomainControllerFqdn;

    public string Pdc { get; init; } = DefaultPdc;

    /// <summary>A second domain of the forest, served only by its own DCs; null = none.</summary>
    public string? OtherDomain { get; init; }

    /// <summary>The GroupPolicy module's message language (en-* or de-*); ids and exception types never change.</summary>
    public string Culture { get; init; } = "en-US";

    /// <summary>
    /// The account the process runs as (its WinRM logon); null = the domain's built-in Administrator (pwsh started by
    /// hand). Windows shows it as USERNAME; the lab module reads <see cref="ActiveDirectory.Security.LabLogon.AccountVariable"/>.
    /// </summary>
    public string? LogonUser { get; init; }

    public bool IsGerman => Culture.StartsWith("de", StringComparison.OrdinalIgnoreCase);

    /// <summary>The cultures whose messages the lab module has.</summary>
    public static bool IsSupportedCulture(string name) =>
        name.Length >= 2 && (name.StartsWith("en", StringComparison.OrdinalIgnoreCase) || name.StartsWith("de", StringComparison.OrdinalIgnoreCase))
        && (name.Length == 2 || name[2] == '-');

    public static LabTopology FromEnvironment()
    {
        var pdc = Environment.GetEnvironmentVariable(PdcVariable);
        var other = Environment.GetEnvironmentVariable(OtherDomainVariable);
        var culture = Environment.GetEnvironmentVariable(CultureVariable);
        return new LabTopology
        {
            Pdc = string.IsNullOrWhiteSpace(pdc) ? DefaultPdc : pdc,
            OtherDomain = string.IsNullOrWhiteSpace(other) ? null : other,
            Culture = string.IsNullOrWhiteSpace(culture) ? "en-US" : culture,
        };
    }

    /// <summary>What the lab host puts into the environment of every PowerShell process it starts.</summary>
    public IReadOnlyDictionary<string, string> ToEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PdcVariable] = Pdc,
            [CultureVariable] = Culture,
            // As Windows shows them to a domain administrator's session on the DC.
            ["COMPUTERNAME"] = ComputerName,
            ["USERDNSDOMAIN"] = LabDomain.Name.ToUpperInvariant(),
            ["USERDOMAIN"] = LabDomain.NetBiosName,
        };
        if (OtherDomain is not null)
        {
            environment[OtherDomainVariable] = OtherDomain;
        }

        if (LogonUser is not null)
        {
            environment["USERNAME"] = LogonUser;
            environment[ActiveDirectory.Security.LabLogon.AccountVariable] = LogonUser;
        }

        return environment;
    }

    /// <summary>The lab itself, by its DNS host name or its NetBIOS name (a trailing dot allowed).</summary>
    public static bool IsThisMachine(string server)
    {
        var name = server.TrimEnd('.');
        return string.Equals(name, DnsHostName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, ComputerName, StringComparison.OrdinalIgnoreCase);
    }
}
