namespace Pulumi.CertAutoenroll;

/// <summary>The inputs of <see cref="GroupPolicyLink"/>.</summary>
public sealed class GroupPolicyLinkArgs : ResourceArgs
{
    /// <summary>The GPO's GUID, with or without braces. Set this or <see cref="GpoName"/>.</summary>
    [Input("gpoId")]
    public Input<string>? GpoId { get; set; }

    /// <summary>The GPO's display name. Set this or <see cref="GpoId"/>.</summary>
    [Input("gpoName")]
    public Input<string>? GpoName { get; set; }

    /// <summary>DN of the domain root, an OU or a site, e.g. <c>OU=Staff,DC=corp,DC=example</c>. Required.</summary>
    [Input("target", required: true)]
    public Input<string> Target { get; set; } = null!;

    /// <summary>Whether the link is enabled; default true.</summary>
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    /// <summary>Whether the link is enforced; default false.</summary>
    [Input("enforced")]
    public Input<bool>? Enforced { get; set; }

    /// <summary>1-based position among the target's links; absent puts a new link last.</summary>
    [Input("order")]
    public Input<int>? Order { get; set; }

    public static new GroupPolicyLinkArgs Empty => new();
}
