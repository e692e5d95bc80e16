using CertAutoenroll.WinRm.Transport;

namespace CertAutoenroll.WinRm.Tests.Transport;

public sealed class RetryPolicyTests
{
    private static readonly WinRmTransportException Transient = new("reset", null, null, null, isTransient: true);

    [Fact]
    public void ShouldRetry_TransientWithinLimit_ReturnsTrueUntilMaxRetries()
    {
        var policy = new RetryPolicy(2, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1));

        Assert.True(policy.ShouldRetry(Transient, 1));
        Assert.True(policy.ShouldRetry(Transient, 2));
        Assert.False(policy.ShouldRetry(Transient, 3));
    }

    [Fact]
    public void ShouldRetry_AuthenticationFailure_ReturnsFalse()
    {
        var policy = new RetryPolicy(5, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1));

        Assert.False(policy.ShouldRetry(new WinRmAuthenticationException("401"), 1));
    }

    [Fact]
    public void ShouldRetry_SoapFault_ReturnsFalse()
    {
        var policy = new RetryPolicy(5, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1));

        Assert.False(policy.ShouldRetry(new WsManFaultException("s:Receiver", null, 5, null, "denied", null), 1));
    }

    [Fact]
    public void ShouldRetry_NonTransientTransportError_ReturnsFalse()
    {
        var policy = new RetryPolicy(5, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1));

        Assert.False(policy.ShouldRetry(new WinRmTransportException("HTTP 400", 400), 1));
    }

    [Fact]
    public void DelayBefore_LaterAttempts_GrowExponentiallyUpToCap()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(1000));

        Assert.InRange(policy.DelayBefore(1).TotalMilliseconds, 80, 120);
        Assert.InRange(policy.DelayBefore(3).TotalMilliseconds, 320, 480);
        Assert.InRange(policy.DelayBefore(9).TotalMilliseconds, 800, 1200);
    }
}
