namespace CertAutoenroll.Provider.Properties;

/// <summary>A resource's own rule for a string input: its normal form, or null with <see cref="Failure"/>.</summary>
internal sealed record StringRule(Func<string, string?> Normalize, string Failure);
