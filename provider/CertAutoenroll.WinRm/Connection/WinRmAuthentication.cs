namespace CertAutoenroll.WinRm.Connection;

public enum WinRmAuthentication
{
    Negotiate,
    Ntlm,
    Kerberos,
    Basic,
}
