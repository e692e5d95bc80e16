namespace CertAutoenroll.GroupPolicy.DomainScripts;

/// <summary>
/// Which domain controller and domain the GPO, link and template-access scripts address.
/// </summary>
/// <param name="Server">
/// Passed to every cmdlet as <c>-Server</c>. Null: the connected DC's own FQDN, found on the DC
/// (without <c>-Server</c> the GroupPolicy cmdlets go to the PDC emulator, a second hop NTLM cannot make).
/// </param>
/// <param name="Domain">Passed to the GroupPolicy cmdlets as <c>-Domain</c>. Null: the DC's own domain.</param>
public sealed record DomainScope(string? Server = null, string? Domain = null)
{
    public static DomainScope Default { get; } = new();

    public override string ToString() =>
        $"{(Domain is null ? "the domain controller's domain" : $"domain {Domain}")} via {Server ?? "the connected domain controller"}";
}
