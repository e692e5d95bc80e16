using LabDomainController.GroupPolicyModule.RegistryPol;

namespace LabDomainController.Tests.GroupPolicyModule.Support;

/// <summary>The hand-built files of tests/Fixtures/RegistryPol and the entries they hold (see its README.md).</summary>
internal static class GoldenFiles
{
    public const string AutoenrollmentKey = @"Software\Policies\Microsoft\Cryptography\AutoEnrollment";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "RegistryPol");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static byte[] Read(string name) => File.ReadAllBytes(PathOf(name));

    public static IReadOnlyList<RegistryPolEntry> AutoenrollmentUser { get; } =
    [
        RegistryPolEntry.DWord(AutoenrollmentKey, "AEPolicy", 7),
        RegistryPolEntry.DWord(AutoenrollmentKey, "OfflineExpirationPercent", 10),
        RegistryPolEntry.String(AutoenrollmentKey, "OfflineExpirationStoreNames", "MY"),
    ];

    public static IReadOnlyList<RegistryPolEntry> AllKinds { get; } =
    [
        RegistryPolEntry.KeyOnly("K"),
        RegistryPolEntry.String("K", "S", "a"),
        RegistryPolEntry.ExpandString("K", "E", "%a%"),
        RegistryPolEntry.Binary("K", "B", [0x01, 0xFF]),
        RegistryPolEntry.DWord("K", "D", 0x80000001),
        RegistryPolEntry.MultiString("K", "M", ["a", "b"]),
        RegistryPolEntry.QWord("K", "Q", 0x0102030405060708),
        RegistryPolEntry.String("K", "**del.X", " "),
        RegistryPolEntry.String(@"K\Sub", string.Empty, "v"),
    ];

    public static void AssertSameEntries(IReadOnlyList<RegistryPolEntry> expected, IReadOnlyList<RegistryPolEntry> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].ContentEquals(actual[i]), $"entry {i}: expected {Describe(expected[i])}, got {Describe(actual[i])}");
        }
    }

    private static string Describe(RegistryPolEntry entry) =>
        $"[{entry.Key};{entry.ValueName};{entry.Type};{Convert.ToHexString(entry.Data)}]";
}
