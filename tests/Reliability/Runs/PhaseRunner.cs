using System.Diagnostics;
using CertAutoenroll.ProviderTestSupport;
using Benchmarks.Measurement;
using Benchmarks.Provider;
using CertAutoenroll.GroupPolicy.Model;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using LabDomainController.Launcher;
using Pulumirpc;
using Reliability.Checks;
using Reliability.Provider;
using Reliability.Workload;

namespace Reliability.Runs;

/// <summary>
/// Runs one phase (up, update, refresh or destroy) as one Pulumi command would: a fresh provider process, the
/// configuration, every resource operation at once (bounded by --parallel) while the lab injects faults, the provider's
/// exit, then the checks: every value on the lab's disk, the unrelated markers, open shells, failed logons.
/// </summary>
internal sealed class PhaseRunner(LabDomainControllerProcess lab, FakeEngine engine, PhaseSettings settings)
{
    public static readonly AutoenrollmentSettings UpSettings = new();

    public static readonly AutoenrollmentSettings UpdatedSettings = new() { RenewExpiredCertificates = false };

    public async Task<PhaseRow> RunAsync(string phase, IReadOnlyList<TrackedResource> resources, CancellationToken cancellationToken)
    {
        var traceFile = Path.Combine(Path.GetTempPath(), $"reliability-{phase}-{Guid.NewGuid():N}.log");
        var trace = new TraceLog(traceFile);
        var targets = resources.Where(r => phase == "up" ? !r.Exists : r.Exists).ToList();
        var outcomes = new List<(TrackedResource Resource, string? Error, TimeSpan Took)>();
        var provider = await ProviderProcess.StartAsync(engine.Address, trace, cancellationToken).ConfigureAwait(false);
        LabCounters before;
        try
        {
            await ReliabilityConfig.ConfigureAsync(provider.Client, lab, settings.Password, settings.MaxRetries, settings.OperationTimeoutSeconds, cancellationToken)
                .ConfigureAwait(false);
            before = await lab.GetCountersAsync(cancellationToken).ConfigureAwait(false);
            await lab.SetFaultsAsync(settings.FaultEvery, settings.FaultKinds, settings.Seed, null, cancellationToken).ConfigureAwait(false);
            var driver = new ProviderDriver(provider.Client) { TimeoutSeconds = settings.DeadlineSeconds };
            await Concurrency.ForEachAsync(targets, settings.Parallel, async (resource, token) =>
            {
                var clock = Stopwatch.StartNew();
                var error = await RunOneAsync(phase, driver, provider.Client, resource, token).ConfigureAwait(false);
                lock (outcomes)
                {
                    outcomes.Add((resource, error, clock.Elapsed));
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The provider exits while the faults are still on, as it would on a flaky link.
            await provider.DisposeAsync().ConfigureAwait(false);
            await lab.SetFaultsAsync(0, settings.FaultKinds, null, null, CancellationToken.None).ConfigureAwait(false);
            trace.Dispose();
        }

        var after = await lab.GetCountersAsync(cancellationToken).ConfigureAwait(false);
        var (lostOrWrong, unrelatedChanged) = CheckDisk(resources);
        var log = ProviderLogScan.Read(traceFile, settings.Password);
        if (Environment.GetEnvironmentVariable("RELIABILITY_KEEP_LOG") is null) { File.Delete(traceFile); }
        var errors = outcomes.Where(o => o.Error is not null).Select(o => (o.Resource, Error: o.Error!)).ToList();
        return new PhaseRow(
            phase,
            targets.Count,
            log.Reruns,
            targets.Count - errors.Count,
            errors.Count,
            lostOrWrong,
            unrelatedChanged,
            after.ShellsOpen,
            after.FailedLogons - before.FailedLogons,
            log.MaxAttempts,
            outcomes.Count == 0 ? 0 : outcomes.Max(o => o.Took.TotalSeconds),
            outcomes.Count(o => !settings.WithinDeadline(o.Took)),
            (after.FaultsInjected ?? new Dictionary<string, long>()).Values.Sum() - (before.FaultsInjected ?? new Dictionary<string, long>()).Values.Sum(),
            after.HttpRequests - before.HttpRequests,
            [.. errors.Select(e => e.Error).Distinct().Take(3)],
            errors.Select(e => Cause(e.Error)).Distinct(StringComparer.Ordinal).Count(),
            errors.Count(e => IsClear(e.Error, e.Resource)),
            log.MentionsPassword || errors.Any(e => e.Error.Contains(settings.Password, StringComparison.Ordinal)) || engine.Logs.Contains(settings.Password));
    }

    /// <summary>An error without the resource's own context (the provider starts each with the GPO, scope and DC).</summary>
    private static string Cause(string error)
    {
        var start = error.IndexOf(" failed: ", StringComparison.Ordinal);
        return start < 0 ? error : error[(start + " failed: ".Length)..];
    }

    /// <summary>Null on success, else what the provider answered.</summary>
    internal static async Task<string?> RunOneAsync(
        string phase, ProviderDriver driver, ResourceProvider.ResourceProviderClient client, TrackedResource resource, CancellationToken cancellationToken)
    {
        var declared = phase switch
        {
            "up" => PolicyOnDisk.Expected(UpSettings),
            "update" => PolicyOnDisk.Expected(UpdatedSettings),
            "destroy" => null,
            _ => resource.Allowed.Single(),
        };
        try
        {
            switch (phase)
            {
                case "up":
                    await driver.UpAsync(resource.State, cancellationToken).ConfigureAwait(false);
                    break;
                case "update":
                    await driver.UpdateAsync(resource.State, cancellationToken).ConfigureAwait(false);
                    break;
                case "refresh":
                    await RefreshAsync(client, driver, resource, cancellationToken).ConfigureAwait(false);
                    break;
                case "destroy":
                    await driver.DestroyAsync(resource.State, cancellationToken).ConfigureAwait(false);
                    resource.State.Id = string.Empty;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(phase), phase, "unknown phase");
            }

            resource.Succeeded(declared);
            return null;
        }
        catch (RpcException exception)
        {
            resource.Failed(declared);
            return $"{exception.StatusCode}: {exception.Status.Detail}";
        }
        catch (BenchmarkFailureException exception)
        {
            resource.Failed(declared);
            return "wrong answer: " + exception.Message;
        }
    }

    /// <summary>A refresh must read back exactly what the disk holds (renewExpiredCertificates follows the AEPolicy bits).</summary>
    private static async Task RefreshAsync(
        ResourceProvider.ResourceProviderClient client, ProviderDriver driver, TrackedResource resource, CancellationToken cancellationToken)
    {
        var state = resource.State;
        var read = await client.ReadAsync(new ReadRequest
        {
            Id = state.Id, Urn = state.Resource.Urn, Name = state.Resource.Name, Type = Benchmarks.Workload.PlannedResource.Type,
            Properties = state.Outputs, Inputs = state.Inputs, Timeout = driver.TimeoutSeconds,
        }, cancellationToken: cancellationToken);
        var onDisk = resource.Allowed.Single();
        var renew = read.Properties is not null && read.Properties.Fields.TryGetValue("renewExpiredCertificates", out var value)
            && value.KindCase == Value.KindOneofCase.BoolValue && value.BoolValue;
        Expect.That(read.Id == state.Id, $"Refresh of {state.Resource.Name} returned id '{read.Id}', expected '{state.Id}'");
        Expect.That(renew == (((onDisk ?? 0) & CertAutoenroll.GroupPolicy.Registry.AePolicyBits.RenewExpiredCertificates) != 0),
            $"Refresh of {state.Resource.Name} read renewExpiredCertificates = {renew}, but the GPO holds AEPolicy {onDisk}");
        state.Outputs = read.Properties ?? state.Outputs;
        state.Inputs = read.Inputs ?? state.Inputs;
    }

    internal (int LostOrWrong, int UnrelatedChanged) CheckDisk(IReadOnlyList<TrackedResource> resources)
    {
        var found = PolicyOnDisk.ReadAll(lab.DataDirectory, [.. resources.Select(r => r.Resource)]);
        var lostOrWrong = 0;
        var unrelatedChanged = 0;
        foreach (var resource in resources)
        {
            var onDisk = found[resource.Resource.Name];
            if (!resource.Allowed.Contains(onDisk.AePolicy) || onDisk.OtherOwnedValues)
            {
                lostOrWrong++;
            }

            if (onDisk.Marker?.TrimEnd('\0') != GpoWithMarkerSetup.MarkerFor(resource.Resource.GpoName))
            {
                unrelatedChanged++;
            }

            resource.Observed(onDisk.AePolicy);
        }

        return (lostOrWrong, unrelatedChanged);
    }

    /// <summary>The clear error the issue asks for: GPO, scope, DC, attempts, last fault, and the old-or-declared promise.</summary>
    private bool IsClear(string error, TrackedResource resource) =>
        (error.Contains(resource.Resource.GpoName, StringComparison.Ordinal)
            || System.Text.RegularExpressions.Regex.IsMatch(error, @"GPO \{[0-9A-Fa-f-]{36}\}"))
        && error.Contains(resource.Resource.Scope.ToString(), StringComparison.Ordinal)
        && error.Contains($"127.0.0.1:{lab.HttpEndpoint.Port}", StringComparison.Ordinal)
        && error.Contains("attempt", StringComparison.Ordinal)
        && error.Contains("last fault", StringComparison.Ordinal)
        && error.Contains("either its old values or the declared ones", StringComparison.Ordinal);
}

/// <summary>What every phase of a run shares: the provider's configuration and the lab's fault settings.</summary>
internal sealed record PhaseSettings(
    string Password, int MaxRetries, int OperationTimeoutSeconds, int Parallel, int FaultEvery, IReadOnlyList<string> FaultKinds, int Seed,
    int DeadlineSeconds = 0)
{
    /// <summary>What an operation may take beyond its deadline: the provider's answer still has to travel back.</summary>
    public static readonly TimeSpan DeadlineGrace = TimeSpan.FromSeconds(2);

    /// <summary>Whether an operation that took <paramref name="took"/> ended within its deadline (always, without one).</summary>
    public bool WithinDeadline(TimeSpan took) => DeadlineSeconds <= 0 || took <= TimeSpan.FromSeconds(DeadlineSeconds) + DeadlineGrace;
}
