using CertAutoenroll.GroupPolicy.Model;
using Google.Protobuf.WellKnownTypes;

namespace Benchmarks.Workload;

/// <summary>One AutoenrollmentPolicy resource of the benchmark: a (GPO, scope) pair and its two input sets.</summary>
internal sealed record PlannedResource(string Name, string GpoName, PolicyScope Scope)
{
    public const string Type = "certautoenroll:index:AutoenrollmentPolicy";

    public string Urn => $"urn:pulumi:bench::certautoenroll-bench::{Type}::{Name}";

    /// <summary>The settings of the first <c>up</c>.</summary>
    public static AutoenrollmentSettings InitialSettings { get; } = new();

    /// <summary>The settings after the update: one flag flipped, an in-place change.</summary>
    public static AutoenrollmentSettings UpdatedSettings { get; } = new() { RenewExpiredCertificates = false };

    public GpoTarget Target => GpoTarget.ByName(GpoName);

    public Struct Inputs(AutoenrollmentSettings settings) => new()
    {
        Fields =
        {
            ["gpoName"] = Value.ForString(GpoName),
            ["scope"] = Value.ForString(Scope.ToString()),
            ["configurationModel"] = Value.ForString(settings.ConfigurationModel.ToString()),
            ["renewExpiredCertificates"] = Value.ForBool(settings.RenewExpiredCertificates),
            ["updateCertificatesThatUseTemplates"] = Value.ForBool(settings.UpdateCertificatesThatUseTemplates),
        },
    };
}
