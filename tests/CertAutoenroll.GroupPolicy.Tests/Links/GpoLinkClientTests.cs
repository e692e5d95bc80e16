using CertAutoenroll.GroupPolicy.Links;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Tests.Operations;

namespace CertAutoenroll.GroupPolicy.Tests.Links;

public sealed class GpoLinkClientTests
{
    [Fact]
    public async Task SetAsync_Link_SendsEveryFieldAndReadsTheLink()
    {
        // Arrange
        var id = Guid.NewGuid();
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply(
            $$$$"""{"ok":true,"version":"v","result":{"found":true,"linkCount":2,"changed":true,"link":{"gpoId":"{{{{id:B}}}}","gpoName":"g","target":"OU=Staff,DC=lab,DC=test","enabled":false,"enforced":true,"order":1}}}"""));
        var client = new GpoLinkClient(session);

        // Act
        var link = await client.SetAsync(GpoTarget.ById(id), "OU=Staff,DC=lab,DC=test", enabled: false, enforced: true, order: 1, CancellationToken.None);

        // Assert
        var request = Assert.Single(session.Calls).Request;
        Assert.Equal(GpoTarget.FormatId(id), request.GetProperty("gpoId").GetString());
        Assert.Equal("OU=Staff,DC=lab,DC=test", request.GetProperty("target").GetString());
        Assert.False(request.GetProperty("enabled").GetBoolean());
        Assert.True(request.GetProperty("enforced").GetBoolean());
        Assert.Equal(1, request.GetProperty("order").GetInt32());
        Assert.Equal(new GpoLinkInfo(id, "g", "OU=Staff,DC=lab,DC=test", false, true, 1, 2, true), link);
    }

    [Theory]
    [InlineData("", null, "target")]
    [InlineData("Staff", null, "target")]
    [InlineData("OU=Staff,DC=lab,DC=test", 0, "order")]
    public async Task SetAsync_BadInput_FailsValidationNamingTheField(string target, int? order, string field)
    {
        // Arrange
        var session = new FakePowerShellSession(_ => throw new InvalidOperationException("must not run"));
        var client = new GpoLinkClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.SetAsync(GpoTarget.ById(Guid.NewGuid()), target, true, false, order, CancellationToken.None));

        // Assert
        Assert.Equal(field, Assert.Single(error.Failures).Field);
        Assert.Empty(session.Calls);
    }

    [Fact]
    public async Task GetAsync_TargetMissing_ThrowsTargetNotFound()
    {
        // Arrange
        var session = new FakePowerShellSession(_ => FakePowerShellSession.Reply("""{"ok":false,"version":"v","error":{"code":"targetNotFound","message":"No domain, OU or site has the distinguished name 'OU=Gone,DC=lab,DC=test'."}}"""));
        var client = new GpoLinkClient(session);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.GetAsync(GpoTarget.ByName("g"), "OU=Gone,DC=lab,DC=test", CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.TargetNotFound, error.Code);
    }
}
