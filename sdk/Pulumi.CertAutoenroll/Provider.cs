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
    public Provider(string name, ProviderArgs args, CustomResourceOptions? options = null)
        : base("certautoenroll", name, args ?? new ProviderArgs(), MakeResourceOptions(options, ""))
    {
    }

    /// <summary>Domain controller host name or address for WinRM.</summary>
    [Output("host")]
    public Output<string?> Host { get; private set; } = null!;

    /// <summary>WinRM listener port.</summary>
    [Output("port")]
    public Output<int?> Port { get; private set; } = null!;

    /// <summary>WinRM listener scheme.</summary>
    [Output("scheme")]
    public Output<string?> Scheme { get; private set; } = null!;

    /// <summary>WinRM authentication.</summary>
    [Output("auth")]
    public Output<string?> Auth { get; private set; } = null!;

    /// <summary>Account that runs the GroupPolicy cmdlets on the DC.</summary>
    [Output("username")]
    public Output<string?> Username { get; private set; } = null!;

    /// <summary>Domain whose GPOs are managed.</summary>
    [Output("domain")]
    public Output<string?> Domain { get; private set; } = null!;

    /// <summary>DC the GroupPolicy cmdlets are sent to as <c>-Server</c>.</summary>
    [Output("server")]
    public Output<string?> Server { get; private set; } = null!;

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
