namespace CertAutoenroll.GroupPolicy.Tests.Lab;

/// <summary>
/// The script test classes share one lab domain and one pwsh process and run one after another:
/// fewer process starts, and "which GPOs changed" checks see no other test's writes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LabDomainCollection : ICollectionFixture<LabDomainFixture>
{
    public const string Name = "Lab domain";
}
