using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Hosting;
using LabDomainController.Hosting;

if (LabOptions.IsHelp(args))
{
    await Console.Out.WriteAsync(LabOptions.Usage + "\n");
    return 0;
}

LabOptions options;
try
{
    options = LabOptions.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync("LabDomainController: " + exception.Message + " Run with --help for usage.");
    return 2;
}

if (await PowerShellCheck.EnsureAsync() is { } missing)
{
    await Console.Error.WriteLineAsync("LabDomainController: " + missing);
    return 3;
}

Directory.CreateDirectory(options.DataDirectory);
LabPowerShell.EnsureDomain(options.DataDirectory);
LabAccounts.Ensure(options.DataDirectory, options.UserName[(options.UserName.IndexOf('\\', StringComparison.Ordinal) + 1)..], administrator: true);
if (options.StandardUserName is { } standardUser)
{
    LabAccounts.Ensure(options.DataDirectory, standardUser[(standardUser.IndexOf('\\', StringComparison.Ordinal) + 1)..], administrator: false);
}
using var certificate = LabCertificate.Create();
LabCertificate.WritePem(certificate, options.CertificatePath);

foreach (var (name, port) in new[] { ("--http-port", options.HttpPort), ("--https-port", options.HttpsPort) })
{
    if (port != 0 && !PortProbe.IsFree(port))
    {
        await Console.Error.WriteLineAsync(
            $"LabDomainController: port {port} ({name}) is already in use on 127.0.0.1: stop what listens there (another lab?) or choose another port (0 = any free port).");
        return 4;
    }
}

await using var host = LabHost.Build(options, certificate);
await host.RunAsync().ConfigureAwait(false);
return 0;
