// The emulated types keep the real module's namespace, so type names scripts test for read as on Windows.
namespace Microsoft.ActiveDirectory.Management;

/// <summary>Base of the ActiveDirectory module's errors (an InvalidOperationException, as on Windows).</summary>
public class ADException : InvalidOperationException
{
    public ADException()
    {
    }

    public ADException(string message)
        : base(message)
    {
    }

    public ADException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>No object has the identity (Get-ADUser -Identity x, Get-ADObject -Identity dn…).</summary>
public sealed class ADIdentityNotFoundException : ADException
{
    public ADIdentityNotFoundException()
    {
    }

    public ADIdentityNotFoundException(string message)
        : base(message)
    {
    }

    public ADIdentityNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The -Server named is not reachable (here: is not this DC or its domain).</summary>
public sealed class ADServerDownException : ADException
{
    public ADServerDownException()
    {
    }

    public ADServerDownException(string message)
        : base(message)
    {
    }

    public ADServerDownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
