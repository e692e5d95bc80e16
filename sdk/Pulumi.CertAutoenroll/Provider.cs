namespace Pulumi.CertAutoenroll;

/// <summary>
/// An explicit certautoenroll provider: one WinRM connection to a domain controller. Without one,
/// resources use the default provider configured by the stack's <c>certautoenroll:*</c> settings.
/// </summary>
[CertAutoenrollResourceType("pulumi:providers:certautoenroll")]
public partial class Provider : ProviderResource
{
    /// <summary>Creates a provider resource with the given unique name, arguments and options.</summary>
    /// <param name="name">The unique name of the resource.</param>
    /// <param name="args">The connection to the domain controller.</param>
    /// <param name="options">A bag of options that control this resource's behaviour.</param>
    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
        : base("certautoenroll", name, args ?? new ProviderArgs(), MakeResourceOptions(options, ""))
    {
    }

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
