namespace Pulumi.CertAutoenroll.Inputs;

/// <summary>"Show expiry notifications when the percentage of remaining certificate lifetime is …".</summary>
public sealed class ExpirationNotificationArgs : ResourceArgs
{
    [Input("stores")]
    private InputList<string>? _stores;

    public ExpirationNotificationArgs()
    {
        Percentage = 10;
    }

    /// <summary>Remaining lifetime, in percent (0–100), below which the client warns; default 10.</summary>
    [Input("percentage")]
    public Input<int>? Percentage { get; set; }

    /// <summary>Certificate stores to watch; default <c>["MY"]</c>. Only one store is accepted for now.</summary>
    public InputList<string> Stores
    {
        get => _stores ??= [];
        set => _stores = value;
    }

    public static new ExpirationNotificationArgs Empty => new();
}
