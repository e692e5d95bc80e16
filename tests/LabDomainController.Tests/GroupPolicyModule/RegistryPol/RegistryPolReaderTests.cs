using System.Text;
using LabDomainController.GroupPolicyModule.RegistryPol;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.RegistryPol;

public sealed class RegistryPolReaderTests
{
    [Fact]
    public void Read_AutoenrollmentGoldenFile_ReturnsItsThreeValues()
    {
        var entries = RegistryPolReader.Read(GoldenFiles.Read("autoenrollment-user.pol"));

        GoldenFiles.AssertSameEntries(GoldenFiles.AutoenrollmentUser, entries);
        Assert.Equal(7u, entries[0].DecodeData());
        Assert.Equal("MY", entries[2].DecodeData());
    }

    [Fact]
    public void Read_AllKindsGoldenFile_DecodesEveryType()
    {
        var entries = RegistryPolReader.Read(GoldenFiles.Read("all-kinds.pol"));

        GoldenFiles.AssertSameEntries(GoldenFiles.AllKinds, entries);
        Assert.Equal(RegistryPolValueType.None, entries[0].Type);
        Assert.Equal("%a%", entries[2].DecodeData());
        Assert.Equal(new byte[] { 0x01, 0xFF }, entries[3].DecodeData());
        Assert.Equal(0x80000001u, entries[4].DecodeData());
        Assert.Equal(new[] { "a", "b" }, entries[5].DecodeData());
        Assert.Equal(0x0102030405060708ul, entries[6].DecodeData());
        Assert.True(entries[7].IsDeleteMarker);
        Assert.Equal(string.Empty, entries[8].ValueName);
    }

    [Fact]
    public void Read_WrittenEntries_RoundTripsExactly()
    {
        var entries = new List<RegistryPolEntry>
        {
            RegistryPolEntry.MultiString("A", "empty", []),
            RegistryPolEntry.String("A", "empty string", string.Empty),
            RegistryPolEntry.Binary("A", "no bytes", []),
            RegistryPolEntry.String(@"A\Ünïcødé", "**DeleteValues", "x;y"),
            RegistryPolEntry.DWord("A", "max", uint.MaxValue),
            new("A", "odd type", (RegistryPolValueType)0x1234, [1, 2, 3]),
        };

        var read = RegistryPolReader.Read(RegistryPolWriter.Write(entries));

        GoldenFiles.AssertSameEntries(entries, read);
    }

    [Fact]
    public void Read_EntriesClosedAfterKeyOrValueName_ReadsThemAsRegNone()
    {
        var bytes = Header().Concat(Utf16("[K\0]")).Concat(Utf16("[K\0;V\0]")).ToArray();

        var entries = RegistryPolReader.Read(bytes);

        Assert.Equal(2, entries.Count);
        Assert.Equal(("K", "", RegistryPolValueType.None), (entries[0].Key, entries[0].ValueName, entries[0].Type));
        Assert.Equal(("K", "V", RegistryPolValueType.None), (entries[1].Key, entries[1].ValueName, entries[1].Type));
    }

    [Fact]
    public void Read_WrongSignature_ThrowsNamingTheExpectedHeader()
    {
        var bytes = Encoding.ASCII.GetBytes("PRex").Concat(new byte[] { 1, 0, 0, 0 }).ToArray();

        var exception = Assert.Throws<RegistryPolFormatException>(() => RegistryPolReader.Read(bytes));

        Assert.Contains("PReg", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DataLongerThanFile_ThrowsWithOffset()
    {
        var bytes = RegistryPolWriter.Write([RegistryPolEntry.DWord("K", "D", 1)]);

        var exception = Assert.Throws<RegistryPolFormatException>(() => RegistryPolReader.Read(bytes.AsSpan(0, bytes.Length - 4)));

        Assert.Contains("offset", exception.Message, StringComparison.Ordinal);
    }

    private static byte[] Header() => [0x50, 0x52, 0x65, 0x67, 1, 0, 0, 0];

    private static byte[] Utf16(string text) => Encoding.Unicode.GetBytes(text);
}
