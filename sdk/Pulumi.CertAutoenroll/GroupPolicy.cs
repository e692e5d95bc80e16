namespace Pulumi.CertAutoenroll;

/// <summary>
/// A Group Policy Object. Renaming it is an update; deleting it removes the GPO, which is refused for
/// the Default Domain Policy and the Default Domain Controllers Policy.
/// Id: the GPO's GUID <c>{…}</c>; import also takes the GPO's name.
/// </summary>
[CertAutoenrollResourceType("certautoenroll:index:GroupPolicy")]
public partial class GroupPolicy : CustomResource
{
    /// <summary>Creates the GPO with the given unique name, arguments and options.</summary>
    /// <param name="name">The unique name of the resource.</param>
    /// <param name="args">The GPO's display name, comment and status.</param>
    /// <param name="options">A bag of options that control this resource's behaviour.</param>
    public GroupPolicy(string name, GroupPolicyArgs args, CustomResourceOptions? options = null)
        : base("certautoenroll:index:GroupPolicy", name, args ?? new GroupPolicyArgs(), MakeResourceOptions(options, ""))
    {
    }

    private GroupPolicy(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("certautoenroll:index:GroupPolicy", name, null, MakeResourceOptions(options, id))
    {
    }

    /// <summary>The GPO's display name.</summary>
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    /// <summary>The GPO's comment (GPMC's Details › Comment).</summary>
    [Output("comment")]
    public Output<string?> Comment { get; private set; } = null!;

    /// <summary>Which halves of the GPO are enabled.</summary>
    [Output("status")]
    public Output<GpoStatus> Status { get; private set; } = null!;

    /// <summary>The GPO's id, <c>{UPPER-CASE-GUID}</c>.</summary>
    [Output("gpoId")]
    public Output<string> GpoId { get; private set; } = null!;

    /// <summary>The domain the GPO belongs to.</summary>
    [Output("domain")]
    public Output<string> Domain { get; private set; } = null!;

    /// <summary>The DN of the GPO's Group Policy Container, <c>cn={GUID},cn=policies,cn=system,DC=…</c>.</summary>
    [Output("path")]
    public Output<string> Path { get; private set; } = null!;

    /// <summary>Looks up an existing GPO by its id (<c>{GUID}</c>) without managing it.</summary>
    /// <param name="name">The unique name of the resulting resource.</param>
    /// <param name="id">The GPO's GUID.</param>
    /// <param name="options">A bag of options that control this resource's behaviour.</param>
    public static GroupPolicy Get(string name, Input<string> id, CustomResourceOptions? options = null) =>
        new(name, id, options);

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions
        {
            Version = Utilities.Version,
        };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);

        // The id overrides whatever the options carried, as in the other language SDKs.
        merged.Id = id ?? merged.Id;
        return merged;
    }
}
