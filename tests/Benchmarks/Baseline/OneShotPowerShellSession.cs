using System.Buffers;
using CertAutoenroll.WinRm;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using Microsoft.Extensions.Logging;

namespace Benchmarks.Baseline;

/// <summary>
/// The way existing WinRM tools run PowerShell (pywinrm's <c>run_ps</c>, terraform-provider-ad): every call
/// opens its own connection and a fresh shell, starts a fresh powershell.exe for one script, and deletes the
/// shell (<see cref="WinRmClient.RunPowerShellAsync"/>). The argument is base64, so it can be appended to the
/// script as a quoted literal without any escaping.
/// </summary>
internal sealed class OneShotPowerShellSession(WinRmConnectionOptions options, ILoggerFactory loggerFactory) : IPowerShellSession
{
    private static readonly SearchValues<char> Base64Characters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        if (argument.AsSpan().ContainsAnyExcept(Base64Characters))
        {
            throw new ArgumentException("The one-shot baseline passes only base64 arguments.", nameof(argument));
        }

        using var client = new WinRmClient(options, loggerFactory);
        var wrapped = "& {\n" + script + "\n} '" + argument + "'\n";
        var result = await client.RunPowerShellAsync(wrapped, null, cancellationToken).ConfigureAwait(false);
        return new PowerShellResult(result.Stdout, result.Stderr, result.ExitCode == 0);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
