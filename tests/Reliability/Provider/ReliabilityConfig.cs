using System.Globalization;
using Benchmarks.Provider;
using Google.Protobuf.WellKnownTypes;
using LabDomainController.Launcher;
using Pulumirpc;

namespace Reliability.Provider;

/// <summary>CheckConfig and Configure as the engine sends them, with this run's retry budget, timeout and password.</summary>
internal static class ReliabilityConfig
{
    public static Task ConfigureAsync(
        ResourceProvider.ResourceProviderClient client, LabDomainControllerProcess lab, string password, int maxRetries, int operationTimeoutSeconds,
        CancellationToken cancellationToken)
    {
        var config = EngineConfig.Plain(lab);
        config.Fields["password"] = Value.ForString(password);
        config.Fields["maxRetries"] = Value.ForString(maxRetries.ToString(CultureInfo.InvariantCulture));
        config.Fields["operationTimeoutSeconds"] = Value.ForString(operationTimeoutSeconds.ToString(CultureInfo.InvariantCulture));
        return ProviderDriver.CheckAndConfigureAsync(client, config, cancellationToken);
    }
}
