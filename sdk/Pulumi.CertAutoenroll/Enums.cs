using System.ComponentModel;

namespace Pulumi.CertAutoenroll;

/// <summary>Which half of the GPO the policy lives in.</summary>
[EnumType]
public readonly struct PolicyScope : IEquatable<PolicyScope>
{
    private readonly string _value;

    private PolicyScope(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>User Configuration › Policies › Windows Settings › Security Settings › Public Key Policies.</summary>
    public static PolicyScope User { get; } = new("User");

    /// <summary>Computer Configuration › Policies › Windows Settings › Security Settings › Public Key Policies.</summary>
    public static PolicyScope Computer { get; } = new("Computer");

    public static bool operator ==(PolicyScope left, PolicyScope right) => left.Equals(right);

    public static bool operator !=(PolicyScope left, PolicyScope right) => !left.Equals(right);

    public static explicit operator string(PolicyScope value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PolicyScope other && Equals(other);

    public bool Equals(PolicyScope other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    public override string ToString() => _value;
}

/// <summary>The dialog's "Configuration Model"; "Not configured" is the absence of the resource.</summary>
[EnumType]
public readonly struct ConfigurationModel : IEquatable<ConfigurationModel>
{
    private readonly string _value;

    private ConfigurationModel(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Clients enroll and renew automatically as the two boxes say.</summary>
    public static ConfigurationModel Enabled { get; } = new("Enabled");

    /// <summary>Autoenrollment is switched off for the scope (AEPolicy = 0x8000).</summary>
    public static ConfigurationModel Disabled { get; } = new("Disabled");

    public static bool operator ==(ConfigurationModel left, ConfigurationModel right) => left.Equals(right);

    public static bool operator !=(ConfigurationModel left, ConfigurationModel right) => !left.Equals(right);

    public static explicit operator string(ConfigurationModel value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is ConfigurationModel other && Equals(other);

    public bool Equals(ConfigurationModel other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    public override string ToString() => _value;
}

/// <summary>Which halves of a GPO are enabled (GPMC's "GPO status").</summary>
[EnumType]
public readonly struct GpoStatus : IEquatable<GpoStatus>
{
    private readonly string _value;

    private GpoStatus(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>User and Computer Configuration both apply.</summary>
    public static GpoStatus AllSettingsEnabled { get; } = new("AllSettingsEnabled");

    /// <summary>User Configuration settings are disabled.</summary>
    public static GpoStatus UserSettingsDisabled { get; } = new("UserSettingsDisabled");

    /// <summary>Computer Configuration settings are disabled.</summary>
    public static GpoStatus ComputerSettingsDisabled { get; } = new("ComputerSettingsDisabled");

    /// <summary>Neither half applies.</summary>
    public static GpoStatus AllSettingsDisabled { get; } = new("AllSettingsDisabled");

    public static bool operator ==(GpoStatus left, GpoStatus right) => left.Equals(right);

    public static bool operator !=(GpoStatus left, GpoStatus right) => !left.Equals(right);

    public static explicit operator string(GpoStatus value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is GpoStatus other && Equals(other);

    public bool Equals(GpoStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    public override string ToString() => _value;
}
