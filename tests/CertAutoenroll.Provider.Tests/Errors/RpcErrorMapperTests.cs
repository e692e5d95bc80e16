using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.WinRm;
using Grpc.Core;

namespace CertAutoenroll.Provider.Tests.Errors;

public sealed class RpcErrorMapperTests
{
    private const string Password = "Pa55-w0rd!secret";
    private static readonly OperationContext Context = new("creating", "GPO 'Staff'", "dc1:5985");

    [Fact]
    public void Map_ExceptionMessageWithSecret_MasksItInTheStatus()
    {
        var redactor = new SecretRedactor();
        redactor.Add(Password);

        var error = RpcErrorMapper.Map(new HttpRequestException($"proxy refused http://admin:{Password}@dc1/wsman"), Context, redactor);

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.DoesNotContain(Password, error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("http://admin:[secret]@dc1/wsman", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_DcErrorEchoingInput_MasksTheSecretAndKeepsTheRest()
    {
        var redactor = new SecretRedactor();
        redactor.Add(Password);

        var error = RpcErrorMapper.Map(new GroupPolicyException(GroupPolicyErrorCode.GpoNotFound, $"No GPO named '{Password}' was found."), Context, redactor);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("creating GPO 'Staff' via dc1:5985 failed: the GPO does not exist. No GPO named '[secret]' was found.", error.Status.Detail);
    }

    [Theory]
    [InlineData("w:AccessDenied", 5u)]
    [InlineData("w:AccessDenied", 2150858770u)]
    [InlineData(null, 5u)]
    public void Map_AccessDeniedFaultInAnyLanguage_IsPermissionDenied(string? subcode, uint code)
    {
        var fault = new WsManFaultException("s:Sender", subcode, code, "dc1", "Zugriff verweigert", null);

        var error = RpcErrorMapper.Map(fault, Context, new SecretRedactor());

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public void Map_OtherFaultWhoseTextSaysDenied_IsNotPermissionDenied()
    {
        var fault = new WsManFaultException("s:Receiver", "w:InternalError", 1726u, "dc1", "The request was denied by a busy service.", null);

        var error = RpcErrorMapper.Map(fault, Context, new SecretRedactor());

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }
}
