using System.Text.Json.Nodes;

namespace CertAutoenroll.Provider.Schema;

/// <summary>The schema's package header: name, description, keywords and language settings.</summary>
internal static class PackageInfo
{
    public const string Name = "certautoenroll";

    public static JsonObject Header() => new()
    {
        ["name"] = Name,
        ["displayName"] = "Certificate Autoenrollment",
        ["description"] = "Manages the Group Policy setting \"Certificate Services Client - Auto-Enrollment\" (Public Key Policies) on Active Directory GPOs, by running PowerShell on a domain controller over WinRM.",
        ["keywords"] = new JsonArray("pulumi", Name, "active-directory", "group-policy", "pki", "category/infrastructure", "kind/native"),
        ["license"] = "Apache-2.0",
        ["publisher"] = "CertAutoenroll",
        ["meta"] = new JsonObject { ["moduleFormat"] = "(.*)" },
        ["language"] = new JsonObject
        {
            ["csharp"] = new JsonObject
            {
                ["rootNamespace"] = "Pulumi",
                ["namespaces"] = new JsonObject { [Name] = "CertAutoenroll" },
                ["respectSchemaVersion"] = true,
            },
        },
    };
}
