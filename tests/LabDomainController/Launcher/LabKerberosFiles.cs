namespace LabDomainController.Launcher;

/// <summary>The Kerberos files the lab's acceptor reads: the realm's krb5.conf (KRB5_CONFIG) and the HTTP/ service keytab (KRB5_KTNAME).</summary>
public sealed record LabKerberosFiles(string Krb5ConfigPath, string KeytabPath);
