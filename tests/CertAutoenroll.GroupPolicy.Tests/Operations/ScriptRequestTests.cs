using System.Text;
using System.Text.Json;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;

namespace CertAutoenroll.GroupPolicy.Tests.Operations;

public sealed class ScriptRequestTests
{
    [Fact]
    public void Read_ByIdAndByName_WritesOneItemEachWithOnlyTheGivenFields()
    {
        // Arrange
        var id = new Guid("31b2f340-016d-11d2-945f-00c04fb984f9");

        // Act
        var request = Decode(ScriptRequest.Read([(GpoTarget.ById(id), PolicyScope.Computer), (GpoTarget.ByName("N\u00e9\"'", "lab.test"), PolicyScope.User)]));

        // Assert
        var items = request.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["gpoId", "scope"], items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("{31B2F340-016D-11D2-945F-00C04FB984F9}", items[0].GetProperty("gpoId").GetString());
        Assert.Equal("Computer", items[0].GetProperty("scope").GetString());
        Assert.Equal(["gpoName", "domain", "scope"], items[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal("N\u00e9\"'", request.GetProperty("items")[1].GetProperty("gpoName").GetString());
    }

    [Fact]
    public void Remove_Target_ListsExactlyTheOwnedValueNames()
    {
        // Act
        var item = Decode(ScriptRequest.Remove(GpoTarget.ByName("P"), PolicyScope.User)).GetProperty("items")[0];

        // Assert
        Assert.Equal(["AEPolicy", "OfflineExpirationPercent", "OfflineExpirationStoreNames"], item.GetProperty("ownedValueNames").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Apply_DisabledWithoutNotification_SendsOnlyTheDisabledBitAndNoOtherValues()
    {
        // Arrange
        var settings = new AutoenrollmentSettings { ConfigurationModel = ConfigurationModel.Disabled, RenewExpiredCertificates = false, UpdateCertificatesThatUseTemplates = false };

        // Act
        var item = Decode(ScriptRequest.Apply(GpoTarget.ByName("P"), PolicyScope.User, settings)).GetProperty("items")[0];

        // Assert
        Assert.Equal(0x8000, item.GetProperty("aePolicy").GetInt32());
        Assert.Equal(0, item.GetProperty("values").GetArrayLength());
    }

    private static JsonElement Decode(string base64) =>
        JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64))).RootElement.Clone();
}
