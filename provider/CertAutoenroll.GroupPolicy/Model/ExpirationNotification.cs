namespace CertAutoenroll.GroupPolicy.Model;

/// <summary>
/// Expiry events/notifications: raised when a certificate's remaining lifetime falls under
/// <see cref="Percentage"/> percent, for the certificates in <see cref="Stores"/>.
/// </summary>
public sealed record ExpirationNotification
{
    public const int DefaultPercentage = 10;
    public const string DefaultStore = "MY";

    public int Percentage { get; init; } = DefaultPercentage;

    public IReadOnlyList<string> Stores { get; init; } = [DefaultStore];

    public bool Equals(ExpirationNotification? other) =>
        other is not null && Percentage == other.Percentage && Stores.SequenceEqual(other.Stores, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Percentage, string.Join('\n', Stores));
}
