using LabDomainController.Hosting;
using LabDomainController.WsMan;

namespace LabDomainController.Limits;

/// <summary>
/// The WinRM service quotas, as Windows applies them (facts and sources in the reference note
/// "WinRM limits the lab enforces"): envelope sizes, the OperationTimeout clamp, shell idle expiry and
/// processes per shell.
/// </summary>
internal sealed class ServiceLimits(LabOptions options)
{
    /// <summary>DSP0226 6.2 / [MS-WSMV] 3.1.4.1.7: a wsman:MaxEnvelopeSize below this gets wsman:EncodingLimit.</summary>
    public const int MinimumEnvelopeSize = 8192;

    /// <summary>Room kept in a Receive reply for everything but the base64 stream text.</summary>
    private const int ReceiveEnvelopeReserve = 4096;

    /// <summary>The largest request envelope the service reads; a larger one is answered with HTTP 413.</summary>
    public int MaxRequestBytes => options.MaxEnvelopeSizeKb * 1024;

    public TimeSpan MaxTimeout => TimeSpan.FromMilliseconds(options.MaxTimeoutMs);

    public TimeSpan ShellIdleTimeout => TimeSpan.FromSeconds(options.ShellIdleSeconds);

    /// <summary>0 means no limit.</summary>
    public int MaxProcessesPerShell => options.MaxProcessesPerShell;

    /// <summary>[MS-WSMV] 3.1.4.1.6: no OperationTimeout, or one above MaxTimeoutms, means MaxTimeoutms.</summary>
    public TimeSpan OperationTimeout(WsManRequest request) =>
        request.OperationTimeout is { } asked && asked < MaxTimeout ? asked : MaxTimeout;

    /// <summary>
    /// [MS-WSMV] 3.1.4.1.7: the reply must fit the client's wsman:MaxEnvelopeSize, cut to MaxEnvelopeSizekb;
    /// a value under 8192 octets is refused with wsman:EncodingLimit.
    /// </summary>
    public int ReplyEnvelopeBytes(WsManRequest request)
    {
        if (request.MaxEnvelopeSize is { } asked && asked < MinimumEnvelopeSize)
        {
            throw WsManFaultException.EnvelopeSizeTooSmall(asked);
        }

        return request.MaxEnvelopeSize is { } size && size < MaxRequestBytes ? size : MaxRequestBytes;
    }

    /// <summary>Raw stdout plus stderr bytes one Receive reply may carry so its base64 text fits the reply envelope.</summary>
    public int ReceiveOutputBytes(WsManRequest request) => (ReplyEnvelopeBytes(request) - ReceiveEnvelopeReserve) / 4 * 3;

    /// <summary>The idle timeout of a new shell: the client's rsp:IdleTimeOut when given and shorter, else the service's.</summary>
    public TimeSpan ShellIdleTimeoutFor(TimeSpan? requested) =>
        requested is { } asked && asked > TimeSpan.Zero && asked < ShellIdleTimeout ? asked : ShellIdleTimeout;
}
