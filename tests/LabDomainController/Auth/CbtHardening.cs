namespace LabDomainController.Auth;

/// <summary>
/// WinRM's service setting CbtHardeningLevel ([MS-WSMV] 3.1.4.1.29.2; winrm/config/service/auth): how channel
/// binding tokens are checked on https. Windows' default is Relaxed.
/// </summary>
internal enum CbtHardening
{
    /// <summary>Channel binding tokens are not checked.</summary>
    None,

    /// <summary>A token the client sends must match; a client that sends none is accepted.</summary>
    Relaxed,

    /// <summary>Every NTLM/Negotiate login over https must carry the matching token.</summary>
    Strict,
}
