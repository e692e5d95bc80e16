using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LabDomainController.Launcher;

/// <summary>
/// A running lab DC process: started from the built LabDomainController.dll, ready once it printed its one
/// ready line, killed with its whole process tree on dispose.
/// </summary>
public sealed class LabDomainControllerProcess : IAsyncDisposable
{
    private const string ReadyPrefix = "LabDomainController ready ";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Process _process;
    private readonly StderrTail _stderr;
    private readonly bool _ownsDataDirectory;
    private readonly HttpClient _http = new();

    private LabDomainControllerProcess(
        Process process, StderrTail stderr, LabDomainControllerOptions options, string dataDirectory, bool ownsDataDirectory, Uri http, Uri https)
    {
        _process = process;
        _stderr = stderr;
        _ownsDataDirectory = ownsDataDirectory;
        DataDirectory = dataDirectory;
        UserName = options.UserName;
        Password = options.Password;
        LocalUserName = options.LocalUserName;
        LocalPassword = options.LocalPassword;
        StandardUserName = options.StandardUserName;
        StandardPassword = options.StandardPassword;
        HttpEndpoint = http;
        HttpsEndpoint = https;
        CertificatePem = File.ReadAllText(Path.Combine(dataDirectory, "certificate.pem"));
    }

    public Uri HttpEndpoint { get; }

    public Uri HttpsEndpoint { get; }

    public string CertificatePem { get; }

    public string DataDirectory { get; }

    public string UserName { get; }

    public string Password { get; }

    /// <summary>The DC's local account: Basic authentication accepts only it. Null when the lab was started without one.</summary>
    public string? LocalUserName { get; }

    public string LocalPassword { get; }

    /// <summary>The standard domain account (WinRM and read, no GPO edit rights until granted). Null when started without one.</summary>
    public string? StandardUserName { get; }

    public string StandardPassword { get; }

    /// <summary>What the process wrote to stderr lately (for test failure messages).</summary>
    public string StderrTail => _stderr.Text;

    public static async Task<LabDomainControllerProcess> StartAsync(LabDomainControllerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dll = LabDomainControllerLocator.FindDll(options.Configuration);
        var ownsData = options.DataDirectory is null;
        var data = options.DataDirectory ?? Directory.CreateTempSubdirectory("lab-data-").FullName;
        var startInfo = LabCommandLine.BuildStartInfo(dll, options, data);
        var process = new Process { StartInfo = startInfo };
        var stderr = new StderrTail();
        process.ErrorDataReceived += (_, e) => stderr.Add(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        try
        {
            var (http, https) = await WaitForReadyAsync(process, stderr, options.StartTimeout, cancellationToken).ConfigureAwait(false);
            return new LabDomainControllerProcess(process, stderr, options, data, ownsData, http, https);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            if (ownsData)
            {
                TryDelete(data);
            }

            throw;
        }
    }

    public async Task<LabCounters> GetCountersAsync(CancellationToken cancellationToken)
    {
        var uri = new Uri(HttpEndpoint, "/lab/counters");
        return await _http.GetFromJsonAsync<LabCounters>(uri, JsonOptions, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"GET {uri} returned no counters.");
    }

    /// <summary>
    /// Switches the lab's faults at run time (POST /lab/faults): <paramref name="every"/> requests per fault (0 = off),
    /// the kind names (or "all"), an optional seed, reply delay and limit (at most that many faults). Returns the
    /// settings and per-kind counts now in force.
    /// </summary>
    public async Task<LabFaultState> SetFaultsAsync(
        int every, IReadOnlyList<string> kinds, int? seed, int? delayMs, CancellationToken cancellationToken, int? limit = null)
    {
        var uri = new Uri(HttpEndpoint, "/lab/faults");
        var body = new Dictionary<string, object?> { ["every"] = every, ["kinds"] = kinds, ["seed"] = seed, ["limit"] = limit };
        if (delayMs is { } delay)
        {
            body["delayMs"] = delay;
        }

        using var response = await _http.PostAsJsonAsync(uri, body, JsonOptions, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"POST {uri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
        }

        return await response.Content.ReadFromJsonAsync<LabFaultState>(JsonOptions, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"POST {uri} returned no fault state.");
    }

    public async Task<LabFaultState> GetFaultsAsync(CancellationToken cancellationToken)
    {
        var uri = new Uri(HttpEndpoint, "/lab/faults");
        return await _http.GetFromJsonAsync<LabFaultState>(uri, JsonOptions, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"GET {uri} returned no fault state.");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        Kill(_process);
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Killed already; nothing else to wait for.
        }

        _process.Dispose();
        if (_ownsDataDirectory)
        {
            TryDelete(DataDirectory);
        }
    }

    private static async Task<(Uri Http, Uri Https)> WaitForReadyAsync(
        Process process, StderrTail stderr, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(deadline.Token).ConfigureAwait(false)
                    ?? throw new InvalidOperationException(
                        $"The lab DC exited before it was ready (exit code {ExitCode(process)}). Its stderr:\n{stderr.Text}");
                if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
                {
                    return LabCommandLine.ParseReadyLine(line[ReadyPrefix.Length..]);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The lab DC did not print its ready line within {timeout}. Its stderr:\n{stderr.Text}");
        }
    }

    private static string ExitCode(Process process) =>
        process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "still running";

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A pwsh that was just killed may still hold a file for a moment; a temp dir left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
