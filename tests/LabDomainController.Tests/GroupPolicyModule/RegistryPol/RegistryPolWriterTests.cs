using LabDomainController.GroupPolicyModule.RegistryPol;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.RegistryPol;

public sealed class RegistryPolWriterTests
{
    [Theory]
    [InlineData("autoenrollment-user.pol")]
    [InlineData("all-kinds.pol")]
    public void Write_GoldenEntries_ProducesTheHandBuiltBytes(string file)
    {
        var entries = file == "all-kinds.pol" ? GoldenFiles.AllKinds : GoldenFiles.AutoenrollmentUser;

        var bytes = RegistryPolWriter.Write(entries);

        Assert.Equal(Convert.ToHexString(GoldenFiles.Read(file)), Convert.ToHexString(bytes));
    }

    [Fact]
    public void Write_NoEntries_ProducesHeaderOnly()
    {
        var bytes = RegistryPolWriter.Write([]);

        Assert.Equal("5052656701000000", Convert.ToHexString(bytes));
    }

    [Fact]
    public void Write_EmptyKey_ThrowsNamingTheKey()
    {
        var entry = RegistryPolEntry.String(string.Empty, "V", "x");

        var exception = Assert.Throws<ArgumentException>(() => RegistryPolWriter.Write([entry]));

        Assert.Contains("key", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_EveryKind_SambaParserReadsTheSameEntries()
    {
        using var directory = new TemporaryDataDirectory();
        var entries = GoldenFiles.AllKinds.Concat(GoldenFiles.AutoenrollmentUser).Append(
            RegistryPolEntry.String(@"Software\Ünïcødé ✓", "Wert €", "größe")).ToList();
        var path = Path.Combine(directory.Path, "Registry.pol");
        await File.WriteAllBytesAsync(path, RegistryPolWriter.Write(entries));

        var parsed = await SambaPregParser.ParseAsync(path, CancellationToken.None);

        Assert.Equal(entries.Count, parsed.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.Equal(SambaPregParser.Expected(entries[i]), parsed[i]);
        }
    }
}
