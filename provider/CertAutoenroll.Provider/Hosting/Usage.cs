using CertAutoenroll.Provider.Schema;

namespace CertAutoenroll.Provider.Hosting;

/// <summary>What <c>--help</c> prints.</summary>
internal static class Usage
{
    public const string ProgramName = "pulumi-resource-certautoenroll";

    public static string Text => $"""
        {ProgramName} {ReleaseStamp.Version}: the Pulumi resource provider for the Group Policy setting
        "Certificate Services Client - Auto-Enrollment", managed over WinRM on a domain controller.

        Usage:
          {ProgramName} [--logtostderr] [-v=N] <engine-address>
              Serve the Pulumi engine at <engine-address> (host:port). The Pulumi CLI starts the
              plugin this way; the first stdout line is the plugin's gRPC port.
          {ProgramName}
              Serve and wait for an engine to attach (PULUMI_DEBUG_PROVIDERS=certautoenroll:<port>).
          {ProgramName} doctor [options]
              Check the connection to a domain controller step by step and print the fix for each
              failure. See '{ProgramName} doctor --help'.
          {ProgramName} --version
              Print the version and exit.
          {ProgramName} --help
              Print this text and exit.

        """;
}
