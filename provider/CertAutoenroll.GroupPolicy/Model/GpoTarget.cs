namespace CertAutoenroll.GroupPolicy.Model;

/// <summary>
/// The GPO to act on, by display name or by GUID (exactly one), optionally in a named domain
/// (null: the domain controller's own domain).
/// </summary>
public sealed record GpoTarget
{
    private GpoTarget(string? name, Guid? id, string? domain)
    {
        Name = name;
        Id = id;
        Domain = domain;
    }

    public string? Name { get; }

    public Guid? Id { get; }

    public string? Domain { get; }

    public static GpoTarget ByName(string name, string? domain = null) => new(name, null, domain);

    public static GpoTarget ById(Guid id, string? domain = null) => new(null, id, domain);

    /// <summary>How a GPO id is written everywhere: upper-case GUID in braces, as Windows prints it.</summary>
    public static string FormatId(Guid id) => id.ToString("B").ToUpperInvariant();

    public override string ToString() =>
        (Id is { } id ? FormatId(id) : $"'{Name}'") + (Domain is null ? string.Empty : $" in {Domain}");
}
