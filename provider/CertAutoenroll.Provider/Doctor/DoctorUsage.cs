using CertAutoenroll.Provider.Hosting;

namespace CertAutoenroll.Provider.Doctor;

/// <summary>What <c>doctor --help</c> prints.</summary>
internal static class DoctorUsage
{
    public static string Text => $"""
        Usage: {Usage.ProgramName} doctor [options]

        Checks, in order: the host resolves and the port accepts TCP; TLS (chain and name); the logon
        (one attempt, so a wrong password costs one failed logon); a remote PowerShell; the GroupPolicy
        module; the cmdlets' reach to the domain's DC (server / PDC emulator); and with --gpo one GPO
        (found, readable, and whether the account may edit it: its permissions against the account's
        groups, read on the DC; nothing is written). One line per check, with the fix for each failure.
        Exit code 0 when all passed, 1 when a check failed, 2 when the settings are wrong.

        Options (each also read from the variable in brackets; a flag wins):
          --host NAME                   DC host name or address          [CERTAUTOENROLL_HOST]
          --port N                      WinRM port (5986 https, 5985 http) [CERTAUTOENROLL_PORT]
          --scheme https|http                                            [CERTAUTOENROLL_SCHEME]
          --auth negotiate|ntlm|kerberos|basic                           [CERTAUTOENROLL_AUTH]
          --username DOMAIN\user                                         [CERTAUTOENROLL_USERNAME]
          --domain NAME                 domain passed to the cmdlets     [CERTAUTOENROLL_DOMAIN]
          --server FQDN                 DC the cmdlets talk to           [CERTAUTOENROLL_SERVER]
          --ca-certificate FILE         PEM file of the listener's CA    [CERTAUTOENROLL_CA_CERTIFICATE]
          --tls-server-name NAME        name checked in the certificate  [CERTAUTOENROLL_TLS_SERVER_NAME]
          --insecure-skip-tls-verify    do not verify the certificate    [CERTAUTOENROLL_INSECURE_SKIP_TLS_VERIFY]
          --allow-unencrypted           permit basic over http (labs)    [CERTAUTOENROLL_ALLOW_UNENCRYPTED]
          --gpo NAME                    also check this GPO              [CERTAUTOENROLL_GPO]

        The password is read from CERTAUTOENROLL_PASSWORD or asked for; never from a flag (other users
        can read a process's command line).

        """;
}
