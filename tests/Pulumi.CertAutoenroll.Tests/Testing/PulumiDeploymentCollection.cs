namespace Pulumi.CertAutoenroll.Tests.Testing;

/// <summary>Pulumi's Deployment.TestAsync keeps one deployment per process: its tests must run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PulumiDeploymentCollection
{
    public const string Name = "Pulumi deployment";
}
