using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.Tests.GroupPolicyModule.Sysvol;

public sealed class ExtensionNameListTests
{
    private const string Registry = "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}";
    private const string UserTool = "{D02B1F73-3407-48AE-BA88-E8213C6761F1}";
    private const string MachineTool = "{D02B1F72-3407-48AE-BA88-E8213C6761F1}";
    private const string Certificates = "{53D6AB1D-2488-11D1-A28C-00C04FB94F17}";
    private const string Efs = "{B1BE8D72-6EAC-11D2-A4EA-00C04F79F83A}";

    [Fact]
    public void Add_EmptyList_WritesOnePair()
    {
        var list = ExtensionNameList.Add(string.Empty, Registry, UserTool);

        Assert.Equal($"[{Registry}{UserTool}]", list);
    }

    [Fact]
    public void Add_ToolToExistingExtension_KeepsToolsSortedInOneBracket()
    {
        var list = ExtensionNameList.Add($"[{Registry}{MachineTool}][{Efs}{Certificates}]", Registry, Certificates);

        Assert.Equal($"[{Registry}{Certificates}{MachineTool}][{Efs}{Certificates}]", list);
    }

    [Fact]
    public void Add_ExtensionSortingFirst_InsertsItBeforeOthers()
    {
        var list = ExtensionNameList.Add($"[{Efs}{Certificates}]", Registry, MachineTool);

        Assert.Equal($"[{Registry}{MachineTool}][{Efs}{Certificates}]", list);
    }

    [Fact]
    public void Add_PairAlreadyPresentInLowerCase_ReturnsListUnchangedButUpperCased()
    {
        var list = ExtensionNameList.Add($"[{Registry.ToLowerInvariant()}{UserTool}]", Registry, UserTool);

        Assert.Equal($"[{Registry}{UserTool}]", list);
    }
}
