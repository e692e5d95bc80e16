namespace CertAutoenroll.GroupPolicy.Model;

/// <summary>The dialog's "Configuration Model". "Not configured" is the absence of the policy, not a value.</summary>
public enum ConfigurationModel
{
    Enabled,
    Disabled,
}
