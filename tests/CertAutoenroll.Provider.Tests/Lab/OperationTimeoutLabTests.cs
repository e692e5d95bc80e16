using CertAutoenroll.Provider.Tests.Infrastructure;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>
/// The request's <c>timeout</c> (customTimeouts) is the operation's deadline: with every reply of the lab delayed past the
/// WinRM client's own timeout, a create with a 3 s timeout ends with the deadline error, long before the retry budget
/// would. A lab of its own: the faults hit every request of the lab while they are on.
/// </summary>
public sealed class OperationTimeoutLabTests(LabProviderFixture lab) : IClassFixture<LabProviderFixture>
{
    [Fact]
    public async Task Create_WithATimeoutWhileEveryReplyIsDelayed_EndsWithTheDeadlineError()
    {
        lab.CreateGpo("Timeout policy");
        await using var session = await lab.StartProviderAsync();
        var inputs = await session.CheckedAsync("timeout", Structs.Of(("gpoName", "Timeout policy")));
        var before = await lab.Lab.GetCountersAsync(CancellationToken.None);
        await lab.Lab.SetFaultsAsync(1, ["delayReply"], null, 60_000, CancellationToken.None);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        RpcException error;
        try
        {
            error = await Assert.ThrowsAsync<RpcException>(async () => await session.Client.CreateAsync(new CreateRequest
            {
                Urn = ProviderSession.Urn("timeout"), Name = "timeout", Type = ProviderSession.PolicyType, Properties = inputs, Timeout = 3,
            }));
        }
        finally
        {
            await lab.Lab.SetFaultsAsync(0, ["delayReply"], null, null, CancellationToken.None);
        }

        var took = clock.Elapsed;
        var after = await lab.Lab.GetCountersAsync(CancellationToken.None);
        Assert.True(after.Injected("delayReply") > before.Injected("delayReply"), "no reply was delayed");
        Assert.True(error.StatusCode is StatusCode.DeadlineExceeded or StatusCode.Unavailable, $"{error.StatusCode}: {error.Status.Detail}");
        Assert.Matches("timeout of 3 s|before the operation's deadline", error.Status.Detail);
        Assert.Contains("Timeout policy", error.Status.Detail, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(30), $"the create took {took}, far past its 3 s timeout");
    }
}
