using System.Globalization;
using Benchmarks.Provider;
using Google.Protobuf.WellKnownTypes;
using LabDomainController.Launcher;
using Pulumirpc;
using Benchmarks.Measurement;

namespace Reliability.Provider;

/// <summary>CheckConfig and Configure as the engine sends them, with this run's retry budget, timeout and password.</summary>
internal static class ReliabilityConfig
{
    public static async Task ConfigureAsync(
        ResourceProvider.ResourceProviderClient client, LabDomainControllerProcess lab, string password, int maxRetries, int operationTimeoutSeconds,
        CancellationToken cancellationToken)
    {
        var config = new Struct
        {
            Fields =
            {
                ["host"] = Value.ForString("127.0.0.1"),
                ["port"] = Value.ForString(lab.HttpEndpoint.Port.ToString(CultureInfo.InvariantCulture)),
                ["scheme"] = Value.ForString("http"),
                ["auth"] = Value.ForString("ntlm"),
                ["username"] = Value.ForString(lab.UserName),
                ["password"] = Value.ForString(password),
                ["maxRetries"] = Value.ForString(maxRetries.ToString(CultureInfo.InvariantCulture)),
                ["operationTimeoutSeconds"] = Value.ForString(operationTimeoutSeconds.ToString(CultureInfo.InvariantCulture)),
            },
        };
        var check = await client.CheckConfigAsync(new CheckRequest
        {
            Urn = EngineConfig.ProviderUrn, Name = "default", Type = "pulumi:providers:certautoenroll", Olds = new Struct(), News = config,
        }, cancellationToken: cancellationToken);
        Expect.That(check.Failures.Count == 0, $"CheckConfig failed: {string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}"))}");
        var configured = await client.ConfigureAsync(new ConfigureRequest
        {
            Args = EngineConfig.WithSecrets(check.Inputs ?? config),
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
            Id = Guid.NewGuid().ToString(),
            Urn = EngineConfig.ProviderUrn,
            Name = "default",
            Type = "pulumi:providers:certautoenroll",
        }, cancellationToken: cancellationToken);
        Expect.That(configured.AcceptSecrets, "Configure did not answer acceptSecrets");
    }
}
