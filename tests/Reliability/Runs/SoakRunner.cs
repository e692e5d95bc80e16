using System.Diagnostics;
using System.Globalization;
using CertAutoenroll.ProviderTestSupport;
using Benchmarks.Measurement;
using Benchmarks.Provider;
using LabDomainController.Launcher;
using Reliability.Checks;
using Reliability.Provider;

namespace Reliability.Runs;

/// <summary>
/// One provider process through up / update / refresh / destroy cycles until the time is up, under the faults:
/// its resident memory after the first cycle against the end, its sockets, and after it exits the lab's open shells
/// and PowerShell processes.
/// </summary>
internal sealed class SoakRunner(LabDomainControllerProcess lab, FakeEngine engine, PhaseSettings settings)
{
    private const long MemoryGrowthLimitBytes = 20L * 1024 * 1024;

    public async Task<IReadOnlyList<(string Target, bool Pass)>> RunAsync(
        IReadOnlyList<TrackedResource> resources, TimeSpan duration, TextWriter output, CancellationToken cancellationToken)
    {
        var phaseRunner = new PhaseRunner(lab, engine, settings);
        var traceFile = Path.Combine(Path.GetTempPath(), $"reliability-soak-{Guid.NewGuid():N}.log");
        var trace = new TraceLog(traceFile);
        var provider = await ProviderProcess.StartAsync(engine.Address, trace, cancellationToken).ConfigureAwait(false);
        var pid = provider.ProcessId;
        var clock = Stopwatch.StartNew();
        var cycles = 0;
        var operations = 0;
        var failures = 0;
        var lostOrWrong = 0;
        var unrelated = 0;
        long? baseline = null;
        long peak = 0;
        var socketsAtBaseline = 0;
        var samples = new List<string>();
        try
        {
            await ReliabilityConfig.ConfigureAsync(provider.Client, lab, settings.Password, settings.MaxRetries, settings.OperationTimeoutSeconds, cancellationToken)
                .ConfigureAwait(false);
            await lab.SetFaultsAsync(settings.FaultEvery, settings.FaultKinds, settings.Seed, null, cancellationToken).ConfigureAwait(false);
            var driver = new ProviderDriver(provider.Client);
            while (clock.Elapsed < duration)
            {
                foreach (var phase in new[] { "up", "update", "refresh", "destroy" })
                {
                    var targets = resources.Where(r => phase == "up" ? !r.Exists : r.Exists).ToList();
                    var failed = 0;
                    await Concurrency.ForEachAsync(targets, settings.Parallel, async (resource, token) =>
                    {
                        if (await PhaseRunner.RunOneAsync(phase, driver, provider.Client, resource, token).ConfigureAwait(false) is not null)
                        {
                            Interlocked.Increment(ref failed);
                        }
                    }, cancellationToken).ConfigureAwait(false);
                    operations += targets.Count;
                    failures += failed;
                    var (lost, changed) = phaseRunner.CheckDisk(resources);
                    lostOrWrong += lost;
                    unrelated += changed;
                }

                cycles++;
                var rss = ProcessProbe.ResidentBytes(pid) ?? 0;
                var sockets = ProcessProbe.Sockets(pid);
                peak = Math.Max(peak, rss);
                if (baseline is null)
                {
                    baseline = rss;
                    socketsAtBaseline = sockets;
                }

                samples.Add(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMinutes:F1} min: RSS {rss / 1048576.0:F1} MB, sockets {sockets}"));
            }
        }
        finally
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            await lab.SetFaultsAsync(0, settings.FaultKinds, null, null, CancellationToken.None).ConfigureAwait(false);
            trace.Dispose();
        }

        var endRss = samples.Count > 0 ? ParseLastRss(samples[^1]) : 0;
        var endSockets = samples.Count > 0 ? ParseLastSockets(samples[^1]) : 0;
        var counters = await lab.GetCountersAsync(cancellationToken).ConfigureAwait(false);
        var pwsh = ProcessProbe.LabPowerShellProcesses(lab.DataDirectory);
        var log = ProviderLogScan.Read(traceFile, settings.Password);
        if (Environment.GetEnvironmentVariable("RELIABILITY_KEEP_LOG") is null) { File.Delete(traceFile); }
        var growth = endRss - (baseline ?? 0);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            Soak: {clock.Elapsed.TotalMinutes:F1} min, {cycles} cycles of up/update/refresh/destroy over {resources.Count} policies, one provider process (pid {pid})

            | measure | value |
            | --- | ---: |
            | operations | {operations} |
            | failed | {failures} |
            | re-runs on a fresh session | {log.Reruns} |
            | max attempts | {log.MaxAttempts} |
            | values lost or wrong | {lostOrWrong} |
            | unrelated values changed | {unrelated} |
            | faults injected | {counters.FaultsInjected?.Values.Sum() ?? 0} |
            | provider RSS after cycle 1 | {(baseline ?? 0) / 1048576.0:F1} MB |
            | provider RSS at the end | {endRss / 1048576.0:F1} MB (peak {peak / 1048576.0:F1} MB) |
            | provider memory growth | {growth / 1048576.0:F1} MB |
            | provider sockets after cycle 1 / at the end | {socketsAtBaseline} / {endSockets} |
            | shells open on the lab after the provider exited | {counters.ShellsOpen} |
            | PowerShell processes left on the lab | {pwsh} |
            | failed logons | {counters.FailedLogons} |

            Samples: {string.Join("; ", samples)}
            """)).ConfigureAwait(false);
        return
        [
            ("provider memory growth under 20 MB", growth < MemoryGrowthLimitBytes),
            ("no leaked sockets (the provider's sockets did not grow)", endSockets <= socketsAtBaseline),
            ("no leaked shells (0 open after the provider exited)", counters.ShellsOpen == 0),
            ("no leaked PowerShell processes on the lab", pwsh == 0),
            ("0 values lost or wrong, unrelated values intact", lostOrWrong == 0 && unrelated == 0),
            ("no password in any output", !log.MentionsPassword && !engine.Logs.Contains(settings.Password)),
        ];
    }

    private static long ParseLastRss(string sample) =>
        (long)(double.Parse(sample.Split("RSS ")[1].Split(' ')[0], CultureInfo.InvariantCulture) * 1048576);

    private static int ParseLastSockets(string sample) => int.Parse(sample.Split("sockets ")[1], CultureInfo.InvariantCulture);
}
