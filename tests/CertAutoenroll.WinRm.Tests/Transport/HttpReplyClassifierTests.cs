using System.Net;
using CertAutoenroll.WinRm.Transport;

namespace CertAutoenroll.WinRm.Tests.Transport;

public sealed class HttpReplyClassifierTests
{
    private static readonly Uri Endpoint = new("http://dc01.example.test:5985/wsman");

    [Fact]
    public void FromStatus_Http500WithoutSoapBody_SaysWhatItIs()
    {
        var exception = HttpReplyClassifier.FromStatus(HttpStatusCode.InternalServerError, string.Empty, Endpoint, @"CORP\admin");

        var transport = Assert.IsType<WinRmTransportException>(exception);
        Assert.Equal(500, transport.StatusCode);
        Assert.True(transport.IsTransient);
        Assert.Contains("HTTP 500 Internal Server Error without a SOAP body", transport.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reach", transport.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void FromException_TlsFailure_NamesTheRealConfigKeys()
    {
        var failure = new HttpRequestException(HttpRequestError.SecureConnectionError, "The remote certificate is invalid.");

        var exception = HttpReplyClassifier.FromException(failure, Endpoint);

        Assert.Contains("caCertificate (PEM)", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CaCertificate", exception.Message, StringComparison.Ordinal); // the config key, not a C# property name
        Assert.Contains("tlsServerName", exception.Message, StringComparison.Ordinal);
    }
}
