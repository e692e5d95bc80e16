namespace CertAutoenroll.WinRm.Transport;

/// <summary>
/// Carries one SOAP envelope to the listener and returns the SOAP reply: the body of a 200, or of a 500 that
/// holds a SOAP fault. Everything else is thrown as <see cref="WinRmTransportException"/> or
/// <see cref="WinRmAuthenticationException"/>. Knows HTTP and auth only, never SOAP.
/// </summary>
internal interface IWsManTransport : IDisposable
{
    Task<string> SendAsync(string envelope, TimeSpan timeout, CancellationToken cancellationToken);
}
