using LabDomainController.GroupPolicyModule.Hosting;
using LabDomainController.Hosting;

LabOptions options;
try
{
    options = LabOptions.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync("LabDomainController: " + exception.Message);
    return 2;
}

Directory.CreateDirectory(options.DataDirectory);
LabPowerShell.EnsureDomain(options.DataDirectory);
using var certificate = LabCertificate.Create();
LabCertificate.WritePem(certificate, Path.Combine(options.DataDirectory, "certificate.pem"));

await using var host = LabHost.Build(options, certificate);
await host.RunAsync().ConfigureAwait(false);
return 0;
