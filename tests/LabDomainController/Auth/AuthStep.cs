namespace LabDomainController.Auth;

/// <summary>Where a connection-based login stands after one token.</summary>
internal enum AuthStep
{
    Continue,
    Completed,
    Rejected,
}
