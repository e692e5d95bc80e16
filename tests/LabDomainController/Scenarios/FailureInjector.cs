namespace LabDomainController.Scenarios;

/// <summary>
/// <c>--fail-every N</c>: every Nth WS-Man request fails, alternating an HTTP 500 and a dropped connection
/// (the first injected failure is the 500).
/// </summary>
internal sealed class FailureInjector(int failEvery)
{
    public InjectedFailure Decide(long requestNumber)
    {
        if (failEvery <= 0 || requestNumber % failEvery != 0)
        {
            return InjectedFailure.None;
        }

        return (requestNumber / failEvery) % 2 == 1 ? InjectedFailure.ServerError : InjectedFailure.DropConnection;
    }
}

internal enum InjectedFailure
{
    None,
    ServerError,
    DropConnection,
}
