namespace CertAutoenroll.GroupPolicy.Gpos;

/// <summary>Reads the <c>gpo</c> object of a GPO script's result.</summary>
internal static class GpoReply
{
    public static GpoInfo Read(JsonElement gpo, bool changed) => new(
        Guid.Parse(gpo.GetProperty("gpoId").GetString()!),
        gpo.GetProperty("name").GetString()!,
        gpo.GetProperty("comment").GetString() ?? string.Empty,
        Enum.Parse<GpoStatus>(gpo.GetProperty("status").GetString()!, ignoreCase: false),
        gpo.GetProperty("domain").GetString()!,
        gpo.GetProperty("path").GetString()!,
        gpo.GetProperty("owner").GetString() ?? string.Empty,
        changed);
}
