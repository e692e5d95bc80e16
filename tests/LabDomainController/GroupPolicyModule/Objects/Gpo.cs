// The emulated output types keep the real module's namespace, so type names that scripts
// see (GetType(), PSTypeNames) read as on Windows.
namespace Microsoft.GroupPolicy;

/// <summary>The object Get-GPO, New-GPO, Set-GPRegistryValue and Remove-GPRegistryValue return.</summary>
public sealed class Gpo
{
    private string _description = string.Empty;
    private GpoStatus _status;

    public required string DisplayName { get; init; }

    public required string DomainName { get; init; }

    public required string Owner { get; init; }

    public required Guid Id { get; init; }

    /// <summary>The groupPolicyContainer's distinguished name.</summary>
    public required string Path { get; init; }

    /// <summary>Settable, as on Windows: the new comment is written to the GPO at once.</summary>
    public required string Description
    {
        get => _description;
        set
        {
            _description = value ?? string.Empty;
            Changed?.Invoke(this);
        }
    }

    /// <summary>Settable, as on Windows: the new status is written to the GPO at once.</summary>
    public required GpoStatus GpoStatus
    {
        get => _status;
        set
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "GpoStatus must be AllSettingsEnabled, UserSettingsDisabled, ComputerSettingsDisabled or AllSettingsDisabled.");
            }

            _status = value;
            Changed?.Invoke(this);
        }
    }

    public required DateTime CreationTime { get; init; }

    public required DateTime ModificationTime { get; init; }

    public required UserConfiguration User { get; init; }

    public required ComputerConfiguration Computer { get; init; }

    public object? WmiFilter => null;

    /// <summary>Writes a changed Description or GpoStatus back to the store; set last in the initializer.</summary>
    internal Action<Gpo>? Changed { get; init; }

    public override string ToString() => DisplayName;
}
