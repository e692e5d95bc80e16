namespace Pulumi.CertAutoenroll.Tests.Testing;

/// <summary>
/// Pulumi's test deployment is process-wide and some tests set CERTAUTOENROLL_* variables, so every
/// test class of this project joins this one collection, which runs its tests one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PulumiDeploymentCollection
{
    public const string Name = "Pulumi deployment";
}
