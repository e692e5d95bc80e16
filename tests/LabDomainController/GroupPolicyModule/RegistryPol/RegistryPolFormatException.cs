namespace LabDomainController.GroupPolicyModule.RegistryPol;

/// <summary>A Registry.pol file that does not follow MS-GPREG §2.2.1; the message gives the byte offset.</summary>
public sealed class RegistryPolFormatException : Exception
{
    public RegistryPolFormatException()
    {
    }

    public RegistryPolFormatException(string message)
        : base(message)
    {
    }

    public RegistryPolFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
