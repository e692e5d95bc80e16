using System.Text.Json;
using LabDomainController.GroupPolicyModule.Topology;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.Cmdlets;

/// <summary>
/// The lab's --culture: on a German DC the GroupPolicy module's texts are German while ids, exception types and
/// HRESULTs stay, so a script that reads English words fails in the lab as it would there.
/// </summary>
public sealed class LocalisedErrorsTests
{
    private const string Script = """
        $ErrorActionPreference = 'Stop'
        Import-Module GroupPolicy
        function Capture([scriptblock]$Block) {
            try { & $Block | Out-Null; return [ordered]@{ ok = $true } }
            catch { return [ordered]@{ id = $_.FullyQualifiedErrorId; message = $_.Exception.Message; isArgumentException = $_.Exception -is [System.ArgumentException]; paramName = $_.Exception.ParamName; hresult = $_.Exception.HResult } }
        }
        $r = [ordered]@{}
        $r.absent = Capture { Get-GPRegistryValue -Name 'Default Domain Policy' -Key 'HKCU\Software\Policies\Nothing' -Server 'DC01' }
        $r.missingGpo = Capture { Get-GPO -Guid '0badc0de-2222-4222-8222-000000000000' -Server 'DC01' }
        $r.secondHop = Capture { Get-GPO -Name 'Default Domain Policy' }
        Write-Output '##LAB-RESULT##'
        $r | ConvertTo-Json -Depth 4 -Compress
        """;

    [Fact]
    public async Task GroupPolicyErrors_GermanCulture_GermanTextsWithTheSameIdsAndTypes()
    {
        // Arrange
        using var directory = new TemporaryDataDirectory();

        // Act
        var english = await PwshRunner.RunForResultAsync(directory.Path, Script, CancellationToken.None);
        var german = await PwshRunner.RunForResultAsync(directory.Path, Script, CancellationToken.None, new LabTopology { Culture = "de-DE" });

        // Assert
        foreach (var check in new[] { "absent", "missingGpo", "secondHop" })
        {
            Assert.Equal(Id(english, check), Id(german, check));
            Assert.NotEqual(Message(english, check), Message(german, check));
            Assert.Equal(english.GetProperty(check).GetProperty("hresult").GetInt32(), german.GetProperty(check).GetProperty("hresult").GetInt32());
        }

        Assert.Equal("Die folgende Registrierungseinstellung der Gruppenrichtlinie wurde nicht gefunden: \"HKEY_CURRENT_USER\\Software\\Policies\\Nothing\".\r\nParametername: keyPath", Message(german, "absent"));
        Assert.True(german.GetProperty("absent").GetProperty("isArgumentException").GetBoolean());
        Assert.Equal("keyPath", german.GetProperty("absent").GetProperty("paramName").GetString());
        Assert.StartsWith("GpoWithIdNotFound,", Id(german, "missingGpo"), StringComparison.Ordinal);
        Assert.DoesNotContain("not found", Message(german, "missingGpo"), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Ein Vorgangsfehler ist aufgetreten.", Message(german, "secondHop"), StringComparison.Ordinal);
    }

    private static string Id(JsonElement result, string check) => result.GetProperty(check).GetProperty("id").GetString()!;

    private static string Message(JsonElement result, string check) => result.GetProperty(check).GetProperty("message").GetString()!;
}
