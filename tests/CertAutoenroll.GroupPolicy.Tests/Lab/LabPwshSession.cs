using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CertAutoenroll.WinRm.PowerShell;
using LabDomainController.GroupPolicyModule.Hosting;
using LabDomainController.GroupPolicyModule.Topology;

namespace CertAutoenroll.GroupPolicy.Tests.Lab;

/// <summary>
/// One persistent pwsh process with the lab GroupPolicy module on PSModulePath, running scripts
/// sent over stdin one at a time, the way a remote WinRM session keeps one runspace.
/// </summary>
internal sealed class LabPwshSession : IPowerShellSession
{
    private const string EndMarker = "##LABHOST-END##";

    // Each stdin line is base64 JSON {script, argument}; the script gets the argument as its one
    // positional parameter, never as text. Errors and output are collected apart, as WinRM does.
    private const string HostLoop = """
        $utf8 = New-Object System.Text.UTF8Encoding $false
        while ($true) {
            $line = [Console]::In.ReadLine()
            if ($null -eq $line) { break }
            $request = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($line)) | ConvertFrom-Json
            $output = New-Object System.Collections.Generic.List[string]
            $errors = New-Object System.Collections.Generic.List[string]
            $succeeded = $true
            try {
                $block = [scriptblock]::Create($request.script)
                & $block $request.argument 2>&1 | ForEach-Object {
                    if ($_ -is [System.Management.Automation.ErrorRecord]) { $errors.Add(($_ | Out-String).TrimEnd()) }
                    elseif ($_ -is [string]) { $output.Add($_) }
                    else { $output.Add(($_ | Out-String).TrimEnd()) }
                }
            } catch {
                $succeeded = $false
                $errors.Add(($_ | Out-String).TrimEnd())
            }
            $reply = ConvertTo-Json -Compress -InputObject @{ output = ($output -join "`n"); errors = ($errors -join "`n"); succeeded = $succeeded }
            [Console]::Out.WriteLine('##LABHOST-END## ' + [Convert]::ToBase64String($utf8.GetBytes($reply)))
            [Console]::Out.Flush()
        }
        """;

    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StringBuilder _stderr = new();

    private LabPwshSession(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <param name="withoutModule">Start pwsh with no GroupPolicy module reachable.</param>
    /// <param name="topology">PDC, second domain and message language; null = the strict default (PDC elsewhere, English).</param>
    public static LabPwshSession Start(string dataDirectory, bool withoutModule = false, LabTopology? topology = null)
    {
        var startInfo = LabPowerShell.CreateStartInfo(dataDirectory, ["-NoProfile", "-NonInteractive", "-NoLogo", "-Command", HostLoop], topology);
        if (withoutModule)
        {
            var empty = Directory.CreateDirectory(Path.Combine(dataDirectory, "no-modules")).FullName;
            startInfo.Environment["PSModulePath"] = empty;
        }

        return new LabPwshSession(Process.Start(startInfo) ?? throw new InvalidOperationException("pwsh did not start."));
    }

    public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Serialize(new { script, argument });
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _process.StandardInput.WriteLineAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(request)).AsMemory(), cancellationToken).ConfigureAwait(false);
            await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
            var stray = new StringBuilder();
            while (true)
            {
                var line = await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"pwsh exited. stderr: {StandardError()}");
                if (!line.StartsWith(EndMarker, StringComparison.Ordinal))
                {
                    stray.AppendLine(line); // host output (Write-Host) is output too, never the reply
                    continue;
                }

                var reply = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(line[EndMarker.Length..].Trim()))).RootElement;
                return new PowerShellResult(
                    stray + reply.GetProperty("output").GetString(),
                    reply.GetProperty("errors").GetString() ?? string.Empty,
                    reply.GetProperty("succeeded").GetBoolean());
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
            _gate.Dispose();
        }
    }

    private string StandardError()
    {
        lock (_stderr)
        {
            return _stderr.ToString();
        }
    }
}
