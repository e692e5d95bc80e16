namespace CertAutoenroll.WinRm.Transport;

/// <summary>
/// Exponential backoff for transient network faults only. Authentication failures, 403 and SOAP faults are
/// never retried: a repeated bad password locks the account.
/// </summary>
internal sealed class RetryPolicy(int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay)
{
    public static RetryPolicy Default(int maxRetries) => new(Math.Max(0, maxRetries), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(8));

    public int MaxRetries => maxRetries;

    public bool ShouldRetry(Exception exception, int attempt) =>
        attempt <= maxRetries && exception is WinRmTransportException { IsTransient: true };

    /// <summary>The wait before retry number <paramref name="attempt"/> (1-based): base × 2^(attempt-1), capped, with jitter.</summary>
    public TimeSpan DelayBefore(int attempt)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 16));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(capped * jitter);
    }
}
