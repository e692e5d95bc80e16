namespace CertAutoenroll.Provider.Services;

/// <summary>The resource type token of a request: its <c>type</c> field, or the type part of its URN.</summary>
internal static class ResourceType
{
    public static string Of(string type, string urn)
    {
        if (!string.IsNullOrEmpty(type))
        {
            return type;
        }

        // urn:pulumi:<stack>::<project>::[<parent type>$]<type>::<name>
        var parts = urn.Split("::");
        if (parts.Length < 4)
        {
            return string.Empty;
        }

        var qualified = parts[2];
        return qualified[(qualified.LastIndexOf('$') + 1)..];
    }
}
