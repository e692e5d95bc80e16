using System.Collections.Immutable;

namespace Pulumi.CertAutoenroll.Outputs;

/// <summary>The expiry notification settings as read back from the GPO.</summary>
[OutputType]
public sealed class ExpirationNotification
{
    [OutputConstructor]
    private ExpirationNotification(int? percentage, ImmutableArray<string> stores)
    {
        Percentage = percentage;
        Stores = stores;
    }

    /// <summary>Remaining lifetime, in percent, below which the client warns.</summary>
    public int? Percentage { get; }

    /// <summary>Certificate stores watched.</summary>
    public ImmutableArray<string> Stores { get; }
}
