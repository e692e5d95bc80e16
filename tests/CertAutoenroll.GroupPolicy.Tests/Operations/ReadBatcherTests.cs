using System.Text;
using System.Text.Json;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.GroupPolicy.Tests.Operations;

/// <summary>Read coalescing, observed through <see cref="AutoenrollmentPolicyClient.ReadAsync"/>.</summary>
public sealed class ReadBatcherTests
{
    [Fact]
    public async Task ReadAsync_ReadsArrivingWhileARunIsUnderWay_ShareTheNextRun()
    {
        // Arrange
        await using var session = new HeldEchoSession();
        var client = new AutoenrollmentPolicyClient(session);
        var first = client.ReadAsync(GpoTarget.ByName("A"), PolicyScope.User, CancellationToken.None);
        await session.WaitForRunsAsync(1);

        // Act
        var others = new[] { "B", "C", "D" }.Select(n => client.ReadAsync(GpoTarget.ByName(n), PolicyScope.Computer, CancellationToken.None)).ToArray();
        session.Release();
        await first;
        await session.WaitForRunsAsync(2);
        session.Release();
        var states = await Task.WhenAll(others);

        // Assert
        Assert.Equal([1, 3], session.ItemsPerRun);
        Assert.Equal(["B", "C", "D"], states.Select(s => s.GpoName));
        Assert.All(states, s => Assert.Equal(PolicyScope.Computer, s.Scope));
    }

    [Fact]
    public async Task ReadAsync_OneItemOfARunFails_OnlyThatReadThrows()
    {
        // Arrange
        await using var session = new HeldEchoSession();
        var client = new AutoenrollmentPolicyClient(session);
        var first = client.ReadAsync(GpoTarget.ByName("A"), PolicyScope.User, CancellationToken.None);
        await session.WaitForRunsAsync(1);
        var missing = client.ReadAsync(GpoTarget.ByName("Missing"), PolicyScope.User, CancellationToken.None);
        var present = client.ReadAsync(GpoTarget.ByName("Present"), PolicyScope.User, CancellationToken.None);

        // Act
        session.Release();
        await first;
        await session.WaitForRunsAsync(2);
        session.Release();

        // Assert
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => missing);
        Assert.Equal(GroupPolicyErrorCode.GpoNotFound, error.Code);
        Assert.Equal("Present", (await present).GpoName);
        Assert.Equal([1, 2], session.ItemsPerRun);
    }

    [Fact]
    public async Task ReadAsync_CallerCancels_StopsWaitingWhileTheRunGoesOn()
    {
        // Arrange
        await using var session = new HeldEchoSession();
        var client = new AutoenrollmentPolicyClient(session);
        using var cancel = new CancellationTokenSource();
        var read = client.ReadAsync(GpoTarget.ByName("A"), PolicyScope.User, cancel.Token);
        await session.WaitForRunsAsync(1);

        // Act
        await cancel.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        session.Release();
    }

    /// <summary>Answers each run with one state per requested item ("Missing" gets gpoNotFound), once released.</summary>
    private sealed class HeldEchoSession : IPowerShellSession
    {
        private readonly SemaphoreSlim _release = new(0);
        private readonly SemaphoreSlim _started = new(0);
        private readonly Lock _lock = new();
        private readonly List<int> _itemsPerRun = [];

        public IReadOnlyList<int> ItemsPerRun
        {
            get
            {
                lock (_lock)
                {
                    return [.. _itemsPerRun];
                }
            }
        }

        public void Release() => _release.Release();

        public async Task WaitForRunsAsync(int count)
        {
            while (ItemsPerRun.Count < count)
            {
                await _started.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
        {
            var request = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(argument))).RootElement;
            var items = request.GetProperty("items").EnumerateArray().ToArray();
            lock (_lock)
            {
                _itemsPerRun.Add(items.Length);
            }

            _started.Release();
            await _release.WaitAsync(cancellationToken);
            var replies = items.Select(item => item.GetProperty("gpoName").GetString() == "Missing"
                ? (object)new { ok = false, error = new { code = "gpoNotFound", message = "GPO 'Missing' was not found in lab.test." } }
                : new Dictionary<string, object?>
                {
                    ["ok"] = true, ["gpoId"] = Guid.NewGuid().ToString("B"), ["gpoName"] = item.GetProperty("gpoName").GetString(),
                    ["domain"] = "lab.test", ["scope"] = item.GetProperty("scope").GetString(), ["key"] = "HKCU\\x",
                    ["values"] = Array.Empty<object>(), ["changed"] = false, ["previousAePolicy"] = null,
                });
            return FakePowerShellSession.Reply(JsonSerializer.Serialize(new { ok = true, items = replies }));
        }

        public ValueTask DisposeAsync()
        {
            _release.Dispose();
            _started.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
