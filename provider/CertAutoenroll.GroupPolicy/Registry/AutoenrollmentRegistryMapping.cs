using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.GroupPolicy.Registry;

/// <summary>
/// The exact, reversible mapping between <see cref="AutoenrollmentSettings"/> and the values under
/// <see cref="AutoenrollmentRegistry.KeyPath"/>. Encoding then decoding gives back the settings;
/// decoding then encoding (with the unmodeled bits and unmanaged values) gives back the values.
/// </summary>
/// <remarks>
/// Disabled follows GPMC: the dialog greys the boxes out and writes AEPolicy = 0x8000 only. The
/// mapping itself stays total (a box set next to 0x8000 by another tool decodes as true, so the
/// diff shows it); rejecting a box or a notification next to Disabled is the validator's job
/// (<see cref="Validation.AutoenrollmentValidator.Normalize"/>).
/// </remarks>
public static class AutoenrollmentRegistryMapping
{
    /// <summary>The AEPolicy bits the settings stand for (no unknown bits).</summary>
    public static uint ToAePolicy(AutoenrollmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var bits = 0u;
        if (settings.ConfigurationModel == ConfigurationModel.Disabled)
        {
            bits |= AePolicyBits.Disabled;
        }

        if (settings.UpdateCertificatesThatUseTemplates)
        {
            bits |= AePolicyBits.UpdateCertificatesThatUseTemplates;
        }

        if (settings.RenewExpiredCertificates)
        {
            bits |= AePolicyBits.RenewExpiredCertificates;
        }

        return bits;
    }

    /// <summary>The values to write for <paramref name="settings"/>, AEPolicy first.</summary>
    /// <param name="preservedAePolicyBits">Bits to keep in AEPolicy next to the model's own.</param>
    /// <exception cref="ArgumentException">Several stores, no store, or a negative percentage.</exception>
    public static IReadOnlyList<PolicyRegistryValue> ToRegistryValues(AutoenrollmentSettings settings, uint preservedAePolicyBits = 0)
    {
        var values = new List<PolicyRegistryValue>(3)
        {
            new(AutoenrollmentRegistry.AePolicyValueName, RegistryValueKind.DWord, ToAePolicy(settings) | preservedAePolicyBits),
        };
        if (settings.ExpirationNotification is { } notification)
        {
            if (notification.Percentage < 0)
            {
                throw new ArgumentException("expirationNotification.percentage must be between 0 and 100.", nameof(settings));
            }

            values.Add(new(AutoenrollmentRegistry.ExpirationPercentValueName, RegistryValueKind.DWord, (uint)notification.Percentage));
            values.Add(new(AutoenrollmentRegistry.ExpirationStoresValueName, RegistryValueKind.String, SingleStore(notification.Stores)));
        }

        return values;
    }

    /// <summary>Reads the model out of every value found under the key.</summary>
    public static DecodedPolicy FromRegistryValues(IReadOnlyList<PolicyRegistryValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var aePolicy = Find(values, AutoenrollmentRegistry.AePolicyValueName, RegistryValueKind.DWord);
        if (aePolicy is null)
        {
            return new DecodedPolicy(null, null, 0, values.ToArray());
        }

        var bits = (uint)aePolicy.Data;
        var notification = ReadNotification(values);
        var settings = new AutoenrollmentSettings
        {
            ConfigurationModel = (bits & AePolicyBits.Disabled) != 0 ? ConfigurationModel.Disabled : ConfigurationModel.Enabled,
            UpdateCertificatesThatUseTemplates = HasAll(bits, AePolicyBits.UpdateCertificatesThatUseTemplates),
            RenewExpiredCertificates = HasAny(bits, AePolicyBits.RenewExpiredCertificates),
            ExpirationNotification = notification,
        };
        var consumed = new List<PolicyRegistryValue> { aePolicy };
        if (notification is not null)
        {
            consumed.Add(Find(values, AutoenrollmentRegistry.ExpirationPercentValueName, RegistryValueKind.DWord)!);
            consumed.Add(Find(values, AutoenrollmentRegistry.ExpirationStoresValueName, RegistryValueKind.String)!);
        }

        var unmanaged = values.Where(v => !consumed.Any(c => ReferenceEquals(c, v))).ToArray();
        return new DecodedPolicy(settings, bits, bits & ~ToAePolicy(settings), unmanaged);
    }

    private static ExpirationNotification? ReadNotification(IReadOnlyList<PolicyRegistryValue> values)
    {
        // Both values or neither: a lone one (or one of another type, such as the REG_MULTI_SZ some
        // scripts write) is not what the dialog writes, so it stays an unmanaged value.
        var percent = Find(values, AutoenrollmentRegistry.ExpirationPercentValueName, RegistryValueKind.DWord);
        var stores = Find(values, AutoenrollmentRegistry.ExpirationStoresValueName, RegistryValueKind.String);
        if (percent is null || stores is null || (uint)percent.Data > int.MaxValue)
        {
            return null;
        }

        return new ExpirationNotification { Percentage = (int)(uint)percent.Data, Stores = [(string)stores.Data] };
    }

    private static string SingleStore(IReadOnlyList<string> stores) => stores.Count switch
    {
        1 => stores[0],
        0 => throw new ArgumentException("expirationNotification.stores must name one store, e.g. [\"MY\"].", nameof(stores)),
        _ => throw new ArgumentException(
            "expirationNotification.stores must name exactly one store: how a domain controller encodes several is not known yet.",
            nameof(stores)),
    };

    private static PolicyRegistryValue? Find(IReadOnlyList<PolicyRegistryValue> values, string name, RegistryValueKind kind)
    {
        var matches = values.Where(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase)).ToArray();
        return matches is [{ } only] && only.Kind == kind ? only : null;
    }

    private static bool HasAll(uint bits, uint mask) => (bits & mask) == mask;

    // GPMC shows the renew box checked when either of its two bits is set (it writes both).
    private static bool HasAny(uint bits, uint mask) => (bits & mask) != 0;
}
