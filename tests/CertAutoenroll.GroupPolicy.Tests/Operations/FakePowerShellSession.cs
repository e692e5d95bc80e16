using System.Text;
using System.Text.Json;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.GroupPolicy.Tests.Operations;

/// <summary>Answers every invocation with a canned result and records what was sent.</summary>
internal sealed class FakePowerShellSession(Func<JsonElement, PowerShellResult> answer) : IPowerShellSession
{
    public List<(string Script, JsonElement Request)> Calls { get; } = [];

    public static PowerShellResult Reply(string json, string errors = "") =>
        new("WARNING: noise before\n" + "##CERTAUTOENROLL-REPLY## " + json + "\nnoise after", errors, true);

    public Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        var request = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(argument))).RootElement.Clone();
        Calls.Add((script, request));
        return Task.FromResult(answer(request));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
