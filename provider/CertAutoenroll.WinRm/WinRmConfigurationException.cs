namespace CertAutoenroll.WinRm;

/// <summary>The connection options cannot work as given; the message names the field and the fix.</summary>
public sealed class WinRmConfigurationException : WinRmException
{
    public WinRmConfigurationException(string field, string message)
        : base($"{field}: {message}")
    {
        Field = field;
    }

    public string Field { get; }
}
