namespace Pulumi.CertAutoenroll;

/// <summary>
/// A link of a GPO to the domain root, an OU or a site (the target's <c>gPLink</c>). Deleting it
/// removes only that link. Id: <c>&lt;gpoId&gt;/&lt;target DN&gt;</c>, which import also takes.
/// </summary>
[CertAutoenrollResourceType("certautoenroll:index:GroupPolicyLink")]
public partial class GroupPolicyLink : CustomResource
{
    /// <summary>Creates the link with the given unique name, arguments and options.</summary>
    /// <param name="name">The unique name of the resource.</param>
    /// <param name="args">The GPO, the target and the link's flags.</param>
    /// <param name="options">A bag of options that control this resource's behaviour.</param>
    public GroupPolicyLink(string name, GroupPolicyLinkArgs args, CustomResourceOptions? options = null)
        : base("certautoenroll:index:GroupPolicyLink", name, args ?? new GroupPolicyLinkArgs(), MakeResourceOptions(options, ""))
    {
    }

    private GroupPolicyLink(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("certautoenroll:index:GroupPolicyLink", name, null, MakeResourceOptions(options, id))
    {
    }

    /// <summary>The linked GPO's id, <c>{UPPER-CASE-GUID}</c>, resolved from the name when only the name was given.</summary>
    [Output("gpoId")]
    public Output<string> GpoId { get; private set; } = null!;

    /// <summary>The linked GPO's display name.</summary>
    [Output("gpoName")]
    public Output<string> GpoName { get; private set; } = null!;

    /// <summary>DN of the domain root, OU or site the GPO is linked to.</summary>
    [Output("target")]
    public Output<string> Target { get; private set; } = null!;

    /// <summary>Whether the link is enabled.</summary>
    [Output("enabled")]
    public Output<bool> Enabled { get; private set; } = null!;

    /// <summary>Whether the link is enforced.</summary>
    [Output("enforced")]
    public Output<bool> Enforced { get; private set; } = null!;

    /// <summary>The link's 1-based position among the target's links.</summary>
    [Output("order")]
    public Output<int> Order { get; private set; } = null!;

    /// <summary>Looks up an existing link by its id (<c>&lt;gpoId&gt;/&lt;target DN&gt;</c>) without managing it.</summary>
    /// <param name="name">The unique name of the resulting resource.</param>
    /// <param name="id">The provider id of the link.</param>
    /// <param name="options">A bag of options that control this resource's behaviour.</param>
    public static GroupPolicyLink Get(string name, Input<string> id, CustomResourceOptions? options = null) =>
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
