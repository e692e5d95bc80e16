namespace Pulumi.CertAutoenroll;

/// <summary>The inputs of <see cref="GroupPolicy"/>.</summary>
public sealed class GroupPolicyArgs : ResourceArgs
{
    /// <summary>The GPO's display name, unique in the domain. Required; changing it renames the GPO.</summary>
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    /// <summary>The GPO's comment; absent by default.</summary>
    [Input("comment")]
    public Input<string>? Comment { get; set; }

    /// <summary><see cref="GpoStatus.AllSettingsEnabled"/> (default) or which halves to disable.</summary>
    [Input("status")]
    public Input<GpoStatus>? Status { get; set; }

    public static new GroupPolicyArgs Empty => new();
}
