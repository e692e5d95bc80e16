using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;

namespace CertAutoenroll.GroupPolicy.Validation;

public static partial class AutoenrollmentValidator
{
    /// <summary>Percentage 0–100; one well-formed store (null stores means the default, MY).</summary>
    public static IReadOnlyList<ValidationFailure> ValidateExpirationNotification(int? percentage, IReadOnlyList<string>? stores)
    {
        var failures = new List<ValidationFailure>();
        if (percentage is < 0 or > 100)
        {
            failures.Add(new(InputFields.ExpirationPercentage, $"expirationNotification.percentage is {percentage}; give a whole number from 0 to 100 (default {ExpirationNotification.DefaultPercentage})."));
        }

        if (stores is null)
        {
            return failures;
        }

        if (stores.Count == 0)
        {
            failures.Add(new(InputFields.ExpirationStores, "expirationNotification.stores is empty; name one store, e.g. [\"MY\"], or leave it out for the default."));
        }
        else if (stores.Count > 1)
        {
            failures.Add(new(InputFields.ExpirationStores, $"expirationNotification.stores names {stores.Count} stores; give exactly one (e.g. [\"MY\"]): how a domain controller encodes several is not known yet."));
        }

        foreach (var store in stores)
        {
            var problem = TextRules.Problem(InputFields.ExpirationStores, store, MaxStoreNameLength, "\"MY\"");
            if (problem is not null)
            {
                failures.Add(new(InputFields.ExpirationStores, problem));
            }
        }

        return failures;
    }

    /// <summary>
    /// The check boxes and notification as declared (null = not set) against the configuration model.
    /// Disabled follows GPMC, which greys the whole dialog out and writes AEPolicy = 0x8000 only:
    /// a box explicitly true, or an expiration notification, next to Disabled is refused.
    /// </summary>
    public static IReadOnlyList<ValidationFailure> ValidateSettings(
        ConfigurationModel model,
        bool? renewExpiredCertificates,
        bool? updateCertificatesThatUseTemplates,
        ExpirationNotification? expirationNotification)
    {
        var failures = new List<ValidationFailure>();
        if (model == ConfigurationModel.Disabled)
        {
            if (renewExpiredCertificates == true)
            {
                failures.Add(new(InputFields.RenewExpiredCertificates, DisabledMessage(InputFields.RenewExpiredCertificates)));
            }

            if (updateCertificatesThatUseTemplates == true)
            {
                failures.Add(new(InputFields.UpdateCertificatesThatUseTemplates, DisabledMessage(InputFields.UpdateCertificatesThatUseTemplates)));
            }

            if (expirationNotification is not null)
            {
                failures.Add(new(InputFields.ExpirationPercentage, "expirationNotification cannot be set when configurationModel is \"Disabled\" (GPMC greys it out and writes nothing for it); remove expirationNotification or set configurationModel to \"Enabled\"."));
            }
        }

        if (expirationNotification is not null)
        {
            failures.AddRange(ValidateExpirationNotification(expirationNotification.Percentage, expirationNotification.Stores));
        }

        return failures;
    }

    /// <summary>Checks complete settings, as <see cref="AutoenrollmentPolicyClient.ApplyAsync"/> does before it sends them.</summary>
    public static IReadOnlyList<ValidationFailure> ValidateSettings(AutoenrollmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ValidateSettings(settings.ConfigurationModel, settings.RenewExpiredCertificates, settings.UpdateCertificatesThatUseTemplates, settings.ExpirationNotification);
    }

    /// <summary>
    /// Settings with defaults applied: both boxes default to true when Enabled and to false when
    /// Disabled (GPMC writes 0x8000 only). Throws <see cref="GroupPolicyException"/>
    /// (<see cref="GroupPolicyErrorCode.InvalidRequest"/>) listing every failure of
    /// <see cref="ValidateSettings(ConfigurationModel, bool?, bool?, ExpirationNotification?)"/>.
    /// </summary>
    public static AutoenrollmentSettings Normalize(
        ConfigurationModel model,
        bool? renewExpiredCertificates,
        bool? updateCertificatesThatUseTemplates,
        ExpirationNotification? expirationNotification)
    {
        var failures = ValidateSettings(model, renewExpiredCertificates, updateCertificatesThatUseTemplates, expirationNotification);
        if (failures.Count > 0)
        {
            throw GroupPolicyException.Invalid(failures);
        }

        var boxDefault = model == ConfigurationModel.Enabled;
        return new AutoenrollmentSettings
        {
            ConfigurationModel = model,
            RenewExpiredCertificates = renewExpiredCertificates ?? boxDefault,
            UpdateCertificatesThatUseTemplates = updateCertificatesThatUseTemplates ?? boxDefault,
            ExpirationNotification = expirationNotification,
        };
    }

    private static string DisabledMessage(string field) =>
        $"{field} cannot be true when configurationModel is \"Disabled\" (GPMC greys the box out and writes AEPolicy = 0x8000 only); remove {field} or set it to false, or set configurationModel to \"Enabled\".";
}
